// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: two-sided reads, whole tree, a waiter that calls an unknown function: what it reads is not known: one level lower only, still shown
 * check-command: wqcheck --complete --no-cache $file testcases/companion/two-sided-reads-waiter-call.c
 * check-companion: testcases/companion/two-sided-reads-waiter-call.c
 * check-exit-value: 1
 *
 * check-output-start
testcases/two-sided-reads-unknown-complete.c:31:6: warning: store to g->level (line 30) may be reordered after waitqueue_active(&g->wq) in gauge_set(): a waiter can miss the wake-up; add smp_mb() before the check [wqcheck/missing-barrier]
testcases/companion/two-sided-reads-waiter-call.c:20:1: note: waiter gauge_wait() sleeps in wait_event_interruptible() and reads none of the stores before the check by name (it also calls functions of other files)
 * check-output-end
 */

/*
 * The twin of two-sided-reads-other-complete.c: the only waiter calls
 * gauge_settled(), which no scanned file defines and which may read
 * g->level, so the missing barrier may matter: the finding drops one
 * level (high to medium) and stays shown by default.
 */
#include <linux/wait.h>

struct gauge {
	unsigned int level;
	bool ready;
	wait_queue_head_t wq;
};

static void __maybe_unused gauge_set(struct gauge *g, unsigned int n)
{
	g->level = n;
	if (waitqueue_active(&g->wq))
		wake_up(&g->wq);
}
