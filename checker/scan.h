/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * The scan: walk the PATHs (walk.c), then run the passes over what it
 * found (pass.h): the first pass, then the callers pass (callers.c). It
 * hands back every record found and everything that could not be
 * checked (results.h).
 */
#ifndef WQCHECK_SCAN_H
#define WQCHECK_SCAN_H

#include <stddef.h>

#include "cache.h"
#include "records.h"
#include "results.h"

struct scan_config {
	char *const *paths;
	size_t npaths;
	char *const *rule_files;
	size_t nrules;
	const char *index_rule; /* the waiter index's rules, or NULL */
	const char *spatch;
	const char *python; /* spatch --python, or NULL for its own choice */
	long jobs;
	long timeout; /* per file, seconds */
	struct cache *cache;
	int progress; /* draw a progress line on stderr */
	int no_reduce; /* give spatch the files as they are */
	enum confidence min_confidence; /* for the progress line's count */
};

/*
 * 0 when the scan ran (files may still be listed as not checked), -1
 * after printing an error (a bad PATH, spatch failing on everything, an
 * interruption: wq_interrupted is then set). scan_free() (results.h)
 * frees @res either way.
 */
int scan_run(const struct scan_config *cfg, struct scan_result *res);

struct pass;
struct pass_env;
struct pass_stats;
struct walk_result;

/*
 * Run one pass (pass.h) over the files of @w, as scan_run() runs each:
 * its records, the regions not parsed and the files not checked are
 * appended to @res, its numbers added to @st. 0, or -1 after an error
 * message or an interruption. When spatch fails before reading any
 * file, @env->fatal says why and the result is 0.
 */
int scan_pass(const struct pass *p, struct pass_env *env,
	      const struct walk_result *w, struct scan_result *res,
	      struct pass_stats *st);

#endif
