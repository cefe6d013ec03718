/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Which files and functions spatch has to see: those that mention one
 * of the identifiers the rules start from. The list lives in prefilter.c
 * and nowhere else.
 */
#ifndef WQCHECK_PREFILTER_H
#define WQCHECK_PREFILTER_H

#include <stddef.h>

/* The identifiers, NULL-terminated. */
extern const char *const wq_idents[];

/* Non-zero if @s (of length @n) is one of wq_idents. */
int prefilter_is_ident(const char *s, size_t n);

/* Non-zero if @buf mentions one of wq_idents as a whole identifier. */
int prefilter_mentions(const char *buf, size_t len);

/* Non-zero if @buf looks binary (a NUL byte in its first 64 KiB). */
int prefilter_is_binary(const char *buf, size_t len);

/* What reading one file found. */
struct pfile {
	int error;		/* errno of a failed read, else 0 */
	int binary;
	int candidate;		/* it mentions an identifier */
	char *buf;		/* its content, kept for candidates only */
	size_t len;
};

/*
 * Read the @n files of @paths once each, with @nthreads threads, and
 * fill @out[i] for each. @progress is called now and then from the
 * calling thread. Returns 0, or -1 if interrupted (wq_interrupted).
 */
int prefilter_files(char *const *paths, size_t n, long nthreads,
		    struct pfile *out, void (*progress)(size_t, void *),
		    void *arg);

/* Non-zero if @name ends in .c or .h. */
int prefilter_is_c_name(const char *name);

#endif
