/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Walk the PATHs given on the command line and list the C sources and
 * headers under them, once each, skipping what a build or a VCS put
 * there.
 */
#ifndef WQCHECK_WALK_H
#define WQCHECK_WALK_H

#include <stddef.h>

struct wfile {
	char *path; /* the PATH given joined with the name inside it */
};

struct walk_result {
	struct wfile *files; /* sorted by path */
	size_t nfiles;
	size_t ndirs; /* directories read */
	size_t nskipped; /* build outputs and VCS directories skipped */
	size_t nwarnings; /* unreadable entries, symlink loops, ... */
};

/*
 * Every PATH must exist, be readable and hold at least one C file:
 * otherwise print one error line and return -1. Trouble below a PATH
 * (an unreadable subdirectory, a symlink loop) is a warning and the
 * walk goes on. Returns -1 with errno EINTR when interrupted.
 */
int walk_paths(char *const *paths, size_t npaths, struct walk_result *out);
void walk_free(struct walk_result *res);

#endif
