/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * A pass's spatch phase: its candidates in batches in a temporary
 * directory, each batch run with each of the pass's rule files (run.c),
 * a batch that failed rerun one file at a time.
 */
#ifndef WQCHECK_SPATCH_RUN_H
#define WQCHECK_SPATCH_RUN_H

struct candidates;
struct pass;
struct pass_env;
struct pass_stats;
struct scan_result;

/*
 * Run @p's rule files on the candidates @c, appending what spatch said
 * to @res and storing each file's cache entry. 0, or -1 after an error
 * message or an interruption; @env->fatal set when spatch failed before
 * reading any file.
 */
int spatch_run(const struct pass *p, struct pass_env *env, struct candidates *c,
	       struct scan_result *res, struct pass_stats *st);

#endif
