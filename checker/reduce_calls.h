/* SPDX-License-Identifier: GPL-2.0-only */
#ifndef WQCHECK_REDUCE_CALLS_H
#define WQCHECK_REDUCE_CALLS_H

#include <stddef.h>

#include "reduce.h"

/*
 * Mark in @rounds (one per function of @r, 0 for none yet) with @round
 * the functions of @r that function @i of @buf calls before offset @end
 * (0: anywhere in its body) and that have no mark yet.
 */
void reduce_mark_callees(const struct reduced *r, const char *buf, size_t i,
			 size_t end, unsigned char *rounds,
			 unsigned char round);

/*
 * Mark in @rounds with @round the unmarked functions of @r that name
 * function @i, when @i is static (then they are all its callers).
 */
void reduce_mark_callers(const struct reduced *r, const char *buf, size_t i,
			 unsigned char *rounds, unsigned char round);

/*
 * Keep in @out (of @buf) the callers of each function that tests a wait
 * list when one of them takes a lock, and, when the file has such a
 * test (@checks), the functions each calls before its last test.
 */
void reduce_keep_calls(struct reduced *out, const char *buf, int checks);

/*
 * Whether @buf[@a..@b) names a caller the lock rules climb (a pointer to
 * it in a table or a declaration): that text is not blanked, so that
 * the rules see the pointer escape.
 */
int reduce_names_chain(const struct reduced *r, const char *buf, size_t a,
		       size_t b);

#endif
