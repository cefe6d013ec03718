/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * What a patch takes from the tree around the file: its root (the git
 * top level or the PATH given), the subject prefix the file's history
 * uses ("aio:", "mei:"), the commit a Fixes: tag names, and who the
 * patch is from. Git is asked through the git command; a tree that is
 * not a git checkout falls back on the file's path and on defaults.
 */
#ifndef WQCHECK_SUBJECT_H
#define WQCHECK_SUBJECT_H

#define SUBJECT_DEFAULT_NAME "wqcheck"
#define SUBJECT_DEFAULT_EMAIL "wqcheck@localhost"

/*
 * The root of the tree holding @path (a file or a directory, as given
 * on the command line): the git top level when @path is inside a git
 * checkout (*@is_git set); else the top of the kernel tree (Makefile,
 * Kbuild and scripts/) @path is in; else @path itself, or its directory
 * for a file. Absolute, without a trailing slash.
 */
char *subject_tree_root(const char *path, int *is_git);

/* "aio" for fs/aio.c: from the file's git history, else from @relpath. */
char *subject_prefix(const char *root, int is_git, const char *relpath);
/* The prefix from the path alone (no git). */
char *subject_prefix_from_path(const char *relpath);
/*
 * The prefix most subjects in @log (one subject a line, newest first)
 * start with, or NULL: "mei: client: fix x" gives "mei: client".
 */
char *subject_prefix_from_log(const char *log);

/*
 * "Fixes: 0123456789ab (\"subject\")" for the commit that last changed
 * line @line of @relpath in the git checkout @root, or NULL (not
 * committed, or only known as the edge of a shallow clone).
 */
char *subject_fixes(const char *root, const char *relpath, long line);

/*
 * The author: $GIT_AUTHOR_NAME and $GIT_AUTHOR_EMAIL, else git config's
 * user.name and user.email (asked in @root). Returns 0 when both were
 * found; else -1 with the defaults filled in.
 */
int subject_ident(const char *root, char **name, char **email);

#endif
