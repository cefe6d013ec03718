// SPDX-License-Identifier: GPL-2.0-only
/*
 * The calls between the functions of a file, for the reducer
 * (reduce_calls.h): a function that tests a wait list is read with the
 * functions it calls before its test (their stores and barriers count
 * there) and, when a static one's callers or their callers take a lock,
 * with all of them and whatever names them (a lock every call holds is
 * held at the test, if every call is seen). Names only: identifiers in
 * the bodies, followed by '(' for a call.
 */
#include "reduce_calls.h"

#include <stdlib.h>
#include <string.h>

#include "util.h"

/*
 * Whether the body of @f names @name: called (followed by '(') when
 * @call, else in any way (a pointer to it passed or stored).
 */
static int names_func(const struct rfunc *f, const char *buf,
		      const char *name, int call)
{
	size_t n = strlen(name);
	const char *p = buf + f->open, *end = buf + f->close;

	while ((p = memmem(p, (size_t)(end - p), name, n)) != NULL) {
		const char *q = p + n;

		while (q < end && (*q == ' ' || *q == '\t' || *q == '\n'))
			q++;
		if (!is_ident_char((unsigned char)p[-1]) &&
		    !is_ident_char((unsigned char)p[n]) &&
		    (!call || (q < end && *q == '(')))
			return 1;
		p += n;
	}
	return 0;
}

/* Whether the body of @f calls a name with the word @word ("lock"). */
static int calls_word(const struct rfunc *f, const char *buf,
		      const char *word)
{
	const char *p = buf + f->open, *end = buf + f->close;
	size_t n = strlen(word);

	while ((p = memmem(p, (size_t)(end - p), word, n)) != NULL) {
		const char *q = p + n;

		p = q;
		if (!(q[-n - 1] == '_' ||
		      !is_ident_char((unsigned char)q[-n - 1])))
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

/* Whether the body of @f calls a lock: a name with a word "lock". */
static int takes_lock(const struct rfunc *f, const char *buf)
{
	return calls_word(f, buf, "lock");
}

/* Whether @f is defined static (its callers are all in the file). */
static int is_static(const struct rfunc *f, const char *buf)
{
	const char *p = buf + f->start, *end = buf + f->open;

	while ((p = memmem(p, (size_t)(end - p), "static", 6)) != NULL) {
		if ((p == buf || !is_ident_char((unsigned char)p[-1])) &&
		    !is_ident_char((unsigned char)p[6]))
			return 1;
		p += 6;
	}
	return 0;
}

/*
 * Whether @name is a lock function's (wc_lock(), lock_kmap()): the
 * rules read its body for the lock it takes.
 */
static int is_lock_word(const char *name)
{
	const char *p = name;

	while (p && (p = strstr(p, "lock")) != NULL) {
		if ((p == name || p[-1] == '_') && (!p[4] || p[4] == '_'))
			return 1;
		p += 4;
	}
	return 0;
}

/* How many levels of callers the lock rules follow up from a test. */
#define CALLER_LEVELS 3

/*
 * Mark in @level with @lvl the functions that name function @i and had
 * no mark: its callers, and those that take its address, initialisers
 * of a table of operations too (the rules must see that a pointer to it
 * escapes).
 */
static void mark_namers(const struct reduced *out, const char *buf, size_t i,
			unsigned char *level, unsigned char lvl)
{
	size_t j;

	for (j = 0; j < out->nfuncs; j++)
		if (!level[j] &&
		    names_func(&out->funcs[j], buf, out->funcs[i].name, 0))
			level[j] = lvl;
}

/*
 * Mark the callers up from the function marked 1 in @level: each
 * static caller that takes no lock itself is followed up (the callers
 * of one that does, or of one called from other files, add no lock).
 */
static void mark_chain(const struct reduced *out, const char *buf,
		       unsigned char *level)
{
	unsigned char lvl;
	size_t j;

	for (lvl = 1; lvl <= CALLER_LEVELS; lvl++)
		for (j = 0; j < out->nfuncs; j++)
			if (level[j] == lvl && out->funcs[j].name &&
			    (lvl == 1 || (is_static(&out->funcs[j], buf) &&
					  !takes_lock(&out->funcs[j], buf))))
				mark_namers(out, buf, j, level, lvl + 1);
}

/*
 * Keep the chain marked in @level when a caller in it (not @i) takes a
 * lock, and the lock functions of the file it calls (wc_lock()): the
 * rules read their bodies for the lock.
 */
static void keep_chain(struct reduced *out, const char *buf, size_t i,
		       unsigned char *level)
{
	unsigned char *callees;
	size_t j;
	int locking = 0;

	for (j = 0; j < out->nfuncs && !locking; j++)
		locking = j != i && level[j] && takes_lock(&out->funcs[j], buf);
	if (!locking)
		return;
	callees = xcalloc(out->nfuncs + 1, 1);
	out->chains = 1;
	for (j = 0; j < out->nfuncs; j++)
		if (level[j]) {
			out->funcs[j].kept = 1;
			out->funcs[j].chain = 1;
			reduce_mark_callees(out, buf, j, 0, callees, 1);
		}
	for (j = 0; j < out->nfuncs; j++)
		if (callees[j] && is_lock_word(out->funcs[j].name))
			out->funcs[j].kept = 1;
	free(callees);
}

/*
 * The functions that name a function that tests a wait list, and those
 * that name them, up to CALLER_LEVELS, when one of them takes a lock: a
 * lock that every caller holds across the call (itself, or because its
 * own callers do) is held at the test, so the rules must see them all.
 * Otherwise they are left to the second pass (-D callees=).
 */
static void keep_check_callers(struct reduced *out, const char *buf)
{
	unsigned char *level = xcalloc(out->nfuncs + 1, 1);
	size_t i;

	for (i = 0; i < out->nfuncs; i++) {
		if (!out->funcs[i].checks || !out->funcs[i].name ||
		    !is_static(&out->funcs[i], buf))
			continue;
		memset(level, 0, out->nfuncs);
		level[i] = 1;
		mark_chain(out, buf, level);
		keep_chain(out, buf, i, level);
	}
	free(level);
}

void reduce_mark_callers(const struct reduced *r, const char *buf, size_t i,
			 unsigned char *rounds, unsigned char round)
{
	if (r->funcs[i].name && is_static(&r->funcs[i], buf))
		mark_namers(r, buf, i, rounds, round);
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

int reduce_names_chain(const struct reduced *r, const char *buf, size_t a,
		       size_t b)
{
	size_t i, k = a;

	while (r->chains && k < b) {
		size_t start = k;

		if (!is_ident_start((unsigned char)buf[k]) ||
		    (k > a && is_ident_char((unsigned char)buf[k - 1]))) {
			k++;
			continue;
		}
		while (k < b && is_ident_char((unsigned char)buf[k]))
			k++;
		for (i = 0; i < r->nfuncs; i++)
			if (r->funcs[i].chain && r->funcs[i].name &&
			    strlen(r->funcs[i].name) == k - start &&
			    !memcmp(r->funcs[i].name, buf + start, k - start))
				return 1;
	}
	return 0;
}
