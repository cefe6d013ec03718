/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Running one helper program (git, checkpatch.pl, make) in a directory
 * and collecting what it prints; built on run_jobs(), so a helper that
 * hangs is killed and an interruption stops it.
 */
#ifndef WQCHECK_CMD_H
#define WQCHECK_CMD_H

#include "util.h"

/*
 * Run @argv (NULL-terminated) in @dir (NULL: the current directory) with
 * standard input from /dev/null, for at most @limit seconds. Its output
 * goes to @out and @err (either may be NULL). Returns its exit status,
 * or -1 when it could not be started, was killed or wqcheck was
 * interrupted.
 */
int cmd_run(const char *dir, const char *const *argv, double limit,
	    struct strbuf *out, struct strbuf *err);

/* The first line of what @argv prints, when it exits 0; else NULL. */
char *cmd_line(const char *dir, const char *const *argv);

/* Whether @program is found in $PATH. */
int cmd_exists(const char *program);

#endif
