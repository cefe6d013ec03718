// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: two-sided reads, whole tree: the waker stores g->level, and the only waiter of the tree reads g->ready and nothing else: low, not shown by default
 * check-command: wqcheck --complete --no-cache --confidence=low $file testcases/companion/two-sided-reads-waiter-flag.c
 * check-companion: testcases/companion/two-sided-reads-waiter-flag.c
 * check-exit-value: 1
 *
 * check-output-start
testcases/two-sided-reads-other-complete.c:35:6: warning: store to g->level (line 34) may be reordered after waitqueue_active(&g->wq) in gauge_set(): a waiter can miss the wake-up; add smp_mb() before the check [wqcheck/missing-barrier]
testcases/two-sided-reads-other-complete.c:35:1: note: low: no waiter of the queue tests what the function stores before the check
testcases/companion/two-sided-reads-waiter-flag.c:17:1: note: waiter gauge_wait() sleeps in wait_event_interruptible() and reads none of the stores before the check
 * check-output-end
 */

/*
 * Harmless: the PATHs are the whole tree (--complete), so the waiter
 * of the companion is the only one, and everything its condition reads
 * is known. No waiter tests g->level: a barrier before the test would
 * order nothing a waiter looks at, and a missed wake-up leaves no
 * waiter asleep with its condition true. The finding stays, at low.
 * The twin, two-sided-reads-unknown-complete.c, has a waiter that
 * also calls a function of no scanned file: it keeps medium.
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
