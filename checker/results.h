/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * What a scan hands back: every record its passes found, the functions
 * and files that went unchecked, and its numbers. The passes append to
 * it; main.c and the formats read it.
 */
#ifndef WQCHECK_RESULTS_H
#define WQCHECK_RESULTS_H

#include <stddef.h>

#include "account.h"
#include "judge.h"
#include "records.h"
#include "waiters.h"

/* A function, or lines, that Coccinelle could not parse: not checked. */
struct unparsed {
	char *path;
	char *function; /* NULL when not inside a checked function */
	long line; /* the function's line, or the first line */
	long last; /* the last line of the region */
};

/* A file that was not checked at all, and why. */
struct not_checked {
	char *path;
	char *reason;
};

struct scan_stats {
	size_t files; /* C sources and headers walked */
	int whole_tree; /* the PATHs hold every waiter (--complete) */
	size_t candidates; /* files that mention an identifier */
	size_t from_cache; /* candidates answered by the cache */
	size_t parsed; /* candidates given to spatch */
	size_t nothing; /* candidates whose mentions were in comments */
	size_t funcs_kept, funcs_blanked;
	size_t batches; /* of the first pass */
	size_t lines; /* lines of the candidate files */
	size_t skipped; /* build outputs and VCS directories */
	size_t callees; /* helpers whose callers hold the store */
	size_t callers; /* files calling them (second pass) */
	size_t callers_parsed; /* of those, given to spatch */
	size_t index_words; /* members and bits the waiter index looks for */
	size_t index_files; /* files that mention one */
	size_t index_parsed; /* of those, given to spatch (they wait) */
	size_t index_unparsed; /* their functions or files spatch failed on */
	size_t tests_analysed; /* wait-list tests the rules saw (account.h) */
	size_t helpers_analysed; /* ... of them calls of second-pass helpers */
	struct judge_stats judged; /* what the waiters changed */
	double t_walk, t_read, t_reduce, t_spatch, t_total;
	double spatch_cpu; /* CPU seconds of all spatch runs */
	double longest_batch; /* wall seconds of the longest run */
};

struct scan_result {
	struct record *recs;
	size_t nrecs;
	struct unparsed *unparsed;
	size_t nunparsed;
	struct not_checked *nc;
	size_t nnc;
	struct waiter *waiters; /* the waiter index (waiters.h) */
	size_t nwaiters;
	struct unanalysed *una; /* wait-list tests not analysed */
	size_t nuna;
	struct scan_stats st;
	size_t recs_cap, unparsed_cap, nc_cap, waiters_cap, una_cap;
};

/* Append @rec, taking what it holds, with @path as the path shown. */
void results_add_record(struct scan_result *r, struct record *rec,
			const char *path);
/* Append the waiter @w, taking what it holds, seen in @path. */
void results_add_waiter(struct scan_result *r, struct waiter *w,
			const char *path);
/*
 * One line of spatch's output (or of a cache entry): a waker's record
 * or a waiter's, added with @path as the path shown. 1 when it was one,
 * 0 for another line, -1 for a malformed one (reason in @err).
 */
int results_take_line(struct scan_result *r, const char *line, size_t n,
		      const char *path, char *err, size_t errlen);
void results_add_unparsed(struct scan_result *r, const char *path,
			  const char *function, long line, long last);
/* Append the test @u, taking what it holds. */
void results_add_unanalysed(struct scan_result *r, struct unanalysed *u);
/* Append @path as not checked, for the malloc'ed @reason. */
void results_add_not_checked(struct scan_result *r, const char *path,
			     char *reason);

/*
 * Sort the unparsed regions and the files not checked, dropping the
 * repeats (two passes, or two rule files, may name the same one).
 */
void results_tidy(struct scan_result *r);

void scan_free(struct scan_result *res);

#endif
