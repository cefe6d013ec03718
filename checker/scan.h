/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * The scan: walk, prefilter, cache, reduce, run spatch, parse. It hands
 * back every record found and everything that could not be checked.
 */
#ifndef WQCHECK_SCAN_H
#define WQCHECK_SCAN_H

#include <stddef.h>

#include "cache.h"
#include "records.h"

struct scan_config {
	char *const *paths;
	size_t npaths;
	char *const *rule_files;
	size_t nrules;
	const char *spatch;
	const char *python; /* spatch --python, or NULL for its own choice */
	long jobs;
	long timeout; /* per file, seconds */
	struct cache *cache;
	int progress; /* draw a progress line on stderr */
	int no_reduce; /* give spatch the files as they are */
	enum confidence min_confidence; /* for the progress line's count */
};

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
	size_t candidates; /* files that mention an identifier */
	size_t from_cache; /* candidates answered by the cache */
	size_t parsed; /* candidates given to spatch */
	size_t nothing; /* candidates whose mentions were in comments */
	size_t funcs_kept, funcs_blanked;
	size_t batches;
	size_t lines; /* lines of the candidate files */
	size_t skipped; /* build outputs and VCS directories */
	size_t callees; /* helpers whose callers hold the store */
	size_t callers; /* files calling them (second pass) */
	size_t callers_parsed; /* of those, given to spatch */
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
	struct scan_stats st;
};

/*
 * 0 when the scan ran (files may still be listed as not checked), -1
 * after printing an error (a bad PATH, spatch failing on everything, an
 * interruption: wq_interrupted is then set).
 */
int scan_run(const struct scan_config *cfg, struct scan_result *res);
void scan_free(struct scan_result *res);

#endif
