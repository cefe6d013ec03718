// SPDX-License-Identifier: GPL-2.0-only
/*
 * The scan, stage by stage: walk the PATHs (walk.c), then run each pass
 * (a value, pass.h) the same way: read its files once and keep the
 * candidates (scan_read.c: prefilter.c, the cache, reduce.c), run spatch
 * on batches of reduced copies (spatch_run.c: batch.c, run.c) and read
 * what it said (spatch_output.c, records.c). The first pass runs the
 * rule files over every file; the callers pass (callers.c) follows the
 * helpers it found to their callers.
 */
#include "scan.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "callers.h"
#include "pass.h"
#include "pasted.h"
#include "prefilter.h"
#include "progress.h"
#include "scan_read.h"
#include "spatch_run.h"
#include "util.h"
#include "waiter_files.h"
#include "waiter_index.h"
#include "walk.h"

int scan_pass(const struct pass *p, struct pass_env *env,
	      const struct walk_result *w, struct scan_result *res,
	      struct pass_stats *st)
{
	struct candidates c = { 0 };
	double t = now_seconds();
	int ret = scan_read(p, env, w, res, st, &c);

	st->t_read += now_seconds() - t;
	if (getenv("WQCHECK_DEBUG"))
		fprintf(stderr, "wqcheck: debug: read in %.2f s\n",
			now_seconds() - t);
	if (!ret && c.n) {
		st->parsed += c.n;
		t = now_seconds();
		ret = spatch_run(p, env, &c, res, st);
		st->t_spatch += now_seconds() - t;
	}
	candidates_free(&c);
	return ret;
}

/* What every pass counts alike. */
static void add_stats(struct scan_stats *st, const struct pass_stats *ps)
{
	st->from_cache += ps->from_cache;
	st->nothing += ps->nothing;
	st->parsed += ps->parsed;
	st->funcs_kept += ps->funcs_kept;
	st->funcs_blanked += ps->funcs_blanked;
	st->t_read += ps->t_read;
	st->t_reduce += ps->t_reduce;
	st->t_spatch += ps->t_spatch;
	st->spatch_cpu += ps->spatch_cpu;
	if (ps->longest_batch > st->longest_batch)
		st->longest_batch = ps->longest_batch;
}

/* The first pass: the rule files as they are, over every file. */
static int first_pass(struct pass_env *env, const struct pass *p,
		      const struct walk_result *w, struct scan_result *res)
{
	struct pass_stats ps = { 0 };
	int ret = scan_pass(p, env, w, res, &ps);

	add_stats(&res->st, &ps);
	res->st.candidates = ps.candidates;
	res->st.lines = ps.lines;
	res->st.batches = ps.batches;
	return ret;
}

/*
 * A callers pass over the records from @from on (0: the first pass's
 * helpers), after @first; *@next is where its own records start.
 */
static int callers_level(struct pass_env *env, const struct pass *first,
			 const struct walk_result *w, struct scan_result *res,
			 size_t from, size_t *next)
{
	struct pass_stats ps = { 0 };
	struct callers *c;
	size_t nrecs = res->nrecs, nhelpers = 0;
	int ret = callers_plan(first, res, from, &c, &nhelpers);

	*next = nrecs;
	if (!ret && c && callers_pass(c))
		ret = scan_pass(callers_pass(c), env, w, res, &ps);
	callers_done(c, res, nrecs);
	add_stats(&res->st, &ps);
	res->st.callees += nhelpers;
	res->st.callers += ps.candidates;
	res->st.callers_parsed += ps.parsed;
	return ret;
}

/*
 * The callers pass, after @first, and once more one level up: a static
 * helper whose call in another static helper has no store before it
 * leaves the store to that one's callers (bounded: its file only).
 */
static int callers_after(struct pass_env *env, const struct pass *first,
			 const struct walk_result *w, struct scan_result *res)
{
	size_t next;
	int ret = callers_level(env, first, w, res, 0, &next);

	if (!ret && !env->fatal)
		ret = callers_level(env, first, w, res, next, &next);
	return ret;
}

/* The walk, and what it could not read: its files go unchecked. */
static int walk(const struct scan_config *cfg, struct walk_result *w,
		struct scan_result *res)
{
	size_t i;

	if (walk_paths(cfg->paths, cfg->npaths, w))
		return -1;
	for (i = 0; i < w->nunread; i++)
		results_add_not_checked(res, w->unread[i].path,
					xstrdup(w->unread[i].reason));
	res->st.files = w->nfiles;
	res->st.skipped = w->nskipped;
	return 0;
}

int scan_run(const struct scan_config *cfg, struct scan_result *res)
{
	struct progress progress;
	struct pass_env env = {
		.spatch = cfg->spatch,
		.python = cfg->python,
		.jobs = cfg->jobs,
		.timeout = cfg->timeout,
		.cache = cfg->cache,
		.no_reduce = cfg->no_reduce,
		.progress = &progress,
	};
	static const char *const first_defines[] = { "wqcheck" };
	struct pass first = {
		.rules = cfg->rule_files,
		.nrules = cfg->nrules,
		.defines = first_defines,
		.ndefines = ARRAY_SIZE(first_defines),
		.names = prefilter_default(),
		.tests = prefilter_tests(),
		.note_unreadable = 1,
		.pasted = 1,
		/* the waiter index reads only the files that wait */
		.mark = cfg->index_rule ? waiter_files_mark : NULL,
	};
	struct walk_result w;
	double t0 = now_seconds();
	int ret;

	memset(res, 0, sizeof(*res));
	progress_start(&progress, cfg->progress, cfg->min_confidence, res);
	ret = walk(cfg, &w, res);
	res->st.t_walk = now_seconds() - t0;
	env.pasted = pasted_new(&w);
	if (!ret)
		ret = first_pass(&env, &first, &w, res);
	if (!ret && !env.fatal)
		ret = callers_after(&env, &first, &w, res);
	if (!ret && !env.fatal && cfg->index_rule)
		ret = waiter_index_run(cfg->index_rule, &env, &w, res);
	progress_stop();
	pasted_free(env.pasted);
	walk_free(&w);
	free(env.marks);
	if (env.fatal) {
		wq_error("spatch failed: %s", env.fatal);
		free(env.fatal);
		ret = -1;
	}
	if (wq_interrupted)
		ret = -1;
	results_tidy(res);
	res->st.t_total = now_seconds() - t0;
	return ret;
}
