// SPDX-License-Identifier: GPL-2.0-only
/* Stores that replace a value no waiter sleeps on (judge_value.h). */
#include "judge_value.h"

#include <stdlib.h>
#include <string.h>

#include "identity.h"
#include "util.h"

/* What the waker tested: E == K on line @line, before its only store. */
struct tested {
	long line;
	char *k;
	struct ident e;
};

static int parse_tested(const struct record *r, struct tested *t)
{
	size_t n;
	char ***v = record_list(r->f[REC_VALUE], ',', 3, &n);
	/* an empty K (a damaged record) would match every place in_set() looks */
	int ok = n == 1 && *v[0][1] && !strcmp(v[0][2], r->f[REC_STORE_TARGET]);

	if (ok) {
		t->line = atol(v[0][0]);
		t->k = xstrdup(v[0][1]);
		ident_init(&t->e, v[0][2], "", record_where(r));
	}
	record_list_free(v, n, 3);
	return ok;
}

/*
 * Another store reaching the check that a waiter reads (by the key
 * judge.c reads stores by: a member, or a bare variable the waiter
 * tests): it may be the one a waiter misses, and it replaces another
 * value.
 */
static int other_store_read(const struct record *r,
			    const struct waiter *const *w, size_t nw)
{
	size_t i, j, n;
	char ***s = record_list(r->f[REC_STORES], ',', 5, &n);
	int yes = 0;

	for (i = 0; i < n && !yes; i++) {
		char *m;

		if (atol(s[i][0]) == r->store_line &&
		    !strcmp(s[i][4], r->f[REC_STORE_TARGET]))
			continue;
		m = store_read_key(s[i][4]);
		for (j = 0; j < nw && !yes; j++)
			yes = waiter_reads(w[j], m);
		free(m);
	}
	record_list_free(s, n, 5);
	return yes;
}

/* A lock the waker holds since before its test that @l names too. */
static int held_since_test(const struct record *r, const struct tested *t,
			   const struct ident *l)
{
	size_t i, n;
	char ***v = record_list(r->f[REC_LOCKS], ',', 3, &n);
	int yes = 0;

	for (i = 0; i < n && !yes; i++) {
		struct ident id;

		if (atol(v[i][0]) >= t->line)
			continue;
		ident_init(&id, v[i][2], v[i][1], record_where(r));
		yes = ident_match(&id, l);
		ident_free(&id);
	}
	record_list_free(v, n, 3);
	return yes;
}

static int in_set(const char *set, const char *k)
{
	size_t len = strlen(k);
	const char *p = set;

	while ((p = strstr(p, k)) != NULL) {
		if ((p == set || p[-1] == ',') && (p[len] == ',' || !p[len]))
			return 1;
		p += len;
	}
	return 0;
}

/* @w never sleeps while E is K, and takes its snapshot under our lock. */
static int never_asleep_on(const struct record *r, const struct tested *t,
			   const struct waiter *w, char **lock)
{
	size_t n;
	char ***v = record_list(w->f[W_SNAPSHOT], '|', 3, &n);
	struct ident e, l;
	int yes;

	if (n != 1) {
		record_list_free(v, n, 3);
		return 0;
	}
	ident_init(&e, v[0][0], "", w->f[W_FILE]);
	ident_init(&l, v[0][2], "", w->f[W_FILE]);
	yes = ident_match(&e, &t->e) && in_set(v[0][1], t->k) &&
	      held_since_test(r, t, &l);
	if (yes && !*lock)
		*lock = xstrdup(v[0][2]);
	ident_free(&e);
	ident_free(&l);
	record_list_free(v, n, 3);
	return yes;
}

char *value_unslept(const struct record *r, const struct waiter *const *w,
		    size_t nw)
{
	struct tested t = { 0 };
	char *note = NULL, *lock = NULL;
	size_t i;
	int all = nw > 0;

	if (!*r->f[REC_VALUE] || other_store_read(r, w, nw) ||
	    !parse_tested(r, &t))
		return NULL;
	for (i = 0; i < nw && all; i++)
		all = never_asleep_on(r, &t, w[i], &lock);
	if (all)
		note = xasprintf("low: no waiter sleeps while %s is %s, the "
				 "value this store replaces (tested on line "
				 "%ld under %s)",
				 r->f[REC_STORE_TARGET], t.k, t.line, lock);
	free(lock);
	free(t.k);
	ident_free(&t.e);
	return note;
}
