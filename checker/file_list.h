/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * --files-from: PATHs listed in a file rather than on the command line,
 * so that a list of any length goes to one scan (a command line has a
 * limit, and a scan cut in pieces cannot pair a helper in one piece with
 * its callers in another).
 */
#ifndef WQCHECK_FILE_LIST_H
#define WQCHECK_FILE_LIST_H

#include <stddef.h>

struct file_list {
	char *text; /* the list as read; the paths point into it */
	char **paths;
	size_t n;
};

/*
 * Read the list @name ("-": standard input): one PATH a line, or with
 * @nul each ended by a NUL byte (find -print0, git ls-files -z). The
 * last entry needs no terminator; empty entries are skipped. Each entry
 * must exist: each one that does not gets a one-line error naming the
 * list, the entry's number in it (its line, without @nul) and the entry.
 * 0, or -1 after the errors.
 */
int file_list_read(const char *name, int nul, struct file_list *out);
void file_list_free(struct file_list *l);

#endif
