/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * A pass's reading: read its files once each (prefilter.c), answer what
 * the cache knows, reduce the rest (reduce.c) and keep them as the
 * candidates spatch has to see.
 */
#ifndef WQCHECK_SCAN_READ_H
#define WQCHECK_SCAN_READ_H

#include <stddef.h>

#include "account.h"
#include "cache.h"
#include "reduce.h"
#include "util.h"

struct pass;
struct pass_env;
struct pass_stats;
struct scan_result;
struct walk_result;

/* A file spatch has to see. */
struct cfile {
	char *path; /* as shown to the user */
	char key[SHA256_HEX_LEN + 1]; /* its cache key */
	struct reduced red;
	double cost; /* a guess at spatch's time for it */
	int pending; /* spatch runs still to finish */
	int failed; /* not checked */
	long bad_from; /* where to look for the next bad region */
	struct strbuf entry; /* its cache entry, as it is built */
	struct wtests tests; /* its tests of the wait list */
};

struct candidates {
	struct cfile *v;
	size_t n, cap;
};

/*
 * Read the files @p reads: what the cache knows and the files that
 * cannot be read go to @res, the candidates to @out. 0, or -1 when
 * interrupted.
 */
int scan_read(const struct pass *p, struct pass_env *env,
	      const struct walk_result *w, struct scan_result *res,
	      struct pass_stats *st, struct candidates *out);
void candidates_free(struct candidates *c);

/* @f is not checked, for @reason (taken); only the first reason counts. */
void cfile_fail(struct cfile *f, struct scan_result *res, char *reason);

#endif
