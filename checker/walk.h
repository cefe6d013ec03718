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

/* Something below a PATH that could not be read: its files are not checked. */
struct wunread {
	char *path;
	char *reason;
};

struct walk_result {
	struct wfile *files; /* sorted by path */
	size_t nfiles;
	size_t ndirs; /* directories read */
	size_t nskipped; /* build outputs and VCS directories skipped */
	size_t nwarnings; /* unreadable entries, symlink loops, ... */
	struct wunread *unread; /* directories and entries it could not read */
	size_t nunread;
};

/*
 * Every PATH must exist, be readable and hold at least one C file:
 * otherwise print one error line and return -1. Below a PATH, a symlink
 * loop or a link out of it is a warning; what cannot be read (a
 * directory, an entry stat() fails on) is listed in @unread, without a
 * warning, for the caller to report as not checked. The walk goes on.
 * Returns -1 with errno EINTR when interrupted.
 */
int walk_paths(char *const *paths, size_t npaths, struct walk_result *out);

/*
 * Is @dir the top directory of a kernel tree (MAINTAINERS, Kconfig and
 * include/linux in it)? Then a scan of it sees every waiter.
 */
int walk_is_kernel_top(const char *dir);
/* The first file of @w (sorted by path) whose path is not below @key. */
size_t walk_lower_bound(const struct walk_result *w, const char *key);
void walk_free(struct walk_result *res);

#endif
