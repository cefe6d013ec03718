// SPDX-License-Identifier: GPL-2.0-only
/*
 * The calls between the functions of a file, for the reducer
 * (reduce_calls.h): a function that tests a wait list is read with the
 * functions it calls before its test (their stores and barriers count
 * there) and, when one of its callers takes a lock, with all its
 * callers (a lock every caller holds is held at the test). Names only:
 * identifiers followed by '(' in the bodies.
 */
#include "reduce_calls.h"

#include <stdlib.h>
#include <string.h>

#include "util.h"

/* Whether the body of @f calls @name (an identifier followed by '('). */
static int calls_name(const struct rfunc *f, const char *buf, const char *name)
{
	size_t n = strlen(name);
	const char *p = buf + f->open, *end = buf + f->close;

	while ((p = memmem(p, (size_t)(end - p), name, n)) != NULL) {
		const char *q = p + n;

		while (q < end && (*q == ' ' || *q == '\t' || *q == '\n'))
			q++;
		if (!is_ident_char((unsigned char)p[-1]) && q < end &&
		    *q == '(' && !is_ident_char((unsigned char)p[n]))
			return 1;
		p += n;
	}
	return 0;
}

/* Whether the body of @f calls a lock: a name with a word "lock". */
static int takes_lock(const struct rfunc *f, const char *buf)
{
	const char *p = buf + f->open, *end = buf + f->close;

	while ((p = memmem(p, (size_t)(end - p), "lock", 4)) != NULL) {
		const char *q = p + 4;

		p = q;
		if (!(q[-5] == '_' || !is_ident_char((unsigned char)q[-5])))
			continue;
		while (q < end && is_ident_char((unsigned char)*q))
			q++;
		while (q < end && (*q == ' ' || *q == '\t'))
			q++;
		if (q < end && *q == '(')
			return 1;
	}
	return 0;
}

/*
 * The callers in this file of a function that tests a wait list, when
 * one of them takes a lock: a lock that every caller holds across the
 * call is held at the test, so the rules must see them all. Otherwise
 * they are left to the second pass (-D callees=).
 */
static void keep_check_callers(struct reduced *out, const char *buf)
{
	size_t *callers = xcalloc(out->nfuncs + 1, sizeof(*callers));
	size_t i, j, n;

	for (i = 0; i < out->nfuncs; i++) {
		const char *name = out->funcs[i].name;
		int locking = 0;

		if (!out->funcs[i].checks || !name)
			continue;
		for (j = n = 0; j < out->nfuncs; j++)
			if (j != i && calls_name(&out->funcs[j], buf, name)) {
				callers[n++] = j;
				locking = locking ||
					  takes_lock(&out->funcs[j], buf);
			}
		while (locking && n)
			out->funcs[callers[--n]].kept = 1;
	}
	free(callers);
}

static long func_named(const struct reduced *r, const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < r->nfuncs; i++)
		if (r->funcs[i].name && strlen(r->funcs[i].name) == n &&
		    !memcmp(r->funcs[i].name, s, n))
			return (long)i;
	return -1;
}

void reduce_mark_callees(const struct reduced *r, const char *buf, size_t i,
			 size_t end, unsigned char *rounds, unsigned char round)
{
	const struct rfunc *f = &r->funcs[i];
	size_t k = f->open, start;

	if (!end || end > f->close)
		end = f->close;
	while (k < end) {
		long j;

		if (!is_ident_start((unsigned char)buf[k]) ||
		    (k > f->open && is_ident_char((unsigned char)buf[k - 1]))) {
			k++;
			continue;
		}
		start = k;
		while (k < end && is_ident_char((unsigned char)buf[k]))
			k++;
		while (k < end && (buf[k] == ' ' || buf[k] == '\t'))
			k++;
		if (k >= end || buf[k] != '(')
			continue;
		j = func_named(r, buf + start, k - start);
		if (j >= 0 && !rounds[j])
			rounds[j] = round;
	}
}

/*
 * The functions of this file that a function with a check calls before
 * its last check, one level: the rules read their bodies for the stores
 * and the barriers they make before the check (storefn, barrierfn).
 */
static void keep_callees(struct reduced *out, const char *buf)
{
	unsigned char *rounds = xcalloc(out->nfuncs + 1, 1);
	size_t i;

	for (i = 0; i < out->nfuncs; i++)
		rounds[i] = out->funcs[i].checks;
	for (i = 0; i < out->nfuncs; i++)
		if (rounds[i] == 1)
			reduce_mark_callees(out, buf, i,
					    out->funcs[i].last_check, rounds,
					    2);
	for (i = 0; i < out->nfuncs; i++)
		out->funcs[i].kept |= rounds[i] != 0;
	free(rounds);
}

void reduce_keep_calls(struct reduced *out, const char *buf, int checks)
{
	keep_check_callers(out, buf);
	if (checks)
		keep_callees(out, buf);
}
