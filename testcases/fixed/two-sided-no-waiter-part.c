// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: two-sided no waiter, part of a tree: the waiter may be in the files not scanned: the finding keeps its level
 * check-command: wqcheck --no-cache --confidence=low $file
 * check-exit-value: 1
 *
 * check-output-start
testcases/two-sided-no-waiter-part.c:31:6: warning: store to s->level (line 30) may be reordered after waitqueue_active(&s->wq) in part_fill(): a waiter can miss the wake-up; add smp_mb() before the check [wqcheck/missing-barrier]
 * check-output-end
 */

/*
 * The twin of two-sided-no-waiter.c without --complete: a scan of some
 * files of a tree cannot know that nothing waits on s->wq.
 *
 * Maybe harmless, maybe not: the store and the test race, but no file
 * of the scan waits on s->wq (its waiter may be out of the scan, or
 * reach the queue through an accessor the index cannot follow), so the
 * finding would drop one level in a whole tree.
 */
#include <linux/wait.h>

struct sink {
	int level;
	wait_queue_head_t wq;
};

static void __maybe_unused part_fill(struct sink *s)
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
