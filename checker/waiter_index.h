/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * The waiter index pass: after the waker passes, cocci/waiters.cocci
 * over the files that may wait on the queues their findings name (a
 * file that waits somewhere and mentions the queue's member or the
 * woken bit), one wqcheck-waiter-1 record per wait site (waiters.h).
 * The judge (judge.h) then reads them.
 */
#ifndef WQCHECK_WAITER_INDEX_H
#define WQCHECK_WAITER_INDEX_H

struct pass_env;
struct scan_result;
struct walk_result;

/*
 * Run the index pass with the rule file @rule over the files of @w that
 * may wait on a queue of @res's records; the waiters are added to @res.
 * 0, or -1 after an error message or an interruption.
 */
int waiter_index_run(const char *rule, struct pass_env *env,
		     const struct walk_result *w, struct scan_result *res);

#endif
