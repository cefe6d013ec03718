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

/* Non-zero if @name ends in .c or .h. */
int prefilter_is_c_name(const char *name);

#endif
