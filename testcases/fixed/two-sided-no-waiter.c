// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: two-sided no waiter: nothing in the tree (--complete: the PATHs are all of it) waits on the queue: one level lower, with a note saying so
 * check-command: wqcheck --complete --no-cache --confidence=low $file
 * check-exit-value: 1
 *
 * check-output-start
testcases/two-sided-no-waiter.c:31:6: warning: store to s->level (line 30) may be reordered after waitqueue_active(&s->wq) in sink_fill(): a waiter can miss the wake-up; add smp_mb() before the check [wqcheck/missing-barrier]
testcases/two-sided-no-waiter.c:31:1: note: one level lower: no waiter of the queue in the tree
 * check-output-end
 */

/*
 * Maybe harmless, maybe not: the store and the test race, but no file
 * of the scan waits on s->wq (its waiter may be out of the scan, or
 * reach the queue through an accessor the index cannot follow), so the
 * finding drops one level; two-sided-file-queue.c, with its waiter,
 * keeps its level, and two-sided-no-waiter-part.c, the same file
 * scanned as part of a tree, too.
 */
#include <linux/wait.h>

struct sink {
	int level;
	wait_queue_head_t wq;
};

static void __maybe_unused sink_fill(struct sink *s)
{
	s->level++;
	/*
	 * Order the store to s->level before the wait-list test of s->wq; pairs
	 * with set_current_state() in the waiter.
	 */
	smp_mb();
	if (waitqueue_active(&s->wq))
		wake_up(&s->wq);
}
