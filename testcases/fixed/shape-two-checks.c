// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: two queues tested after one store: two findings
 *
 * check-output-start
testcases/shape-two-checks.c:27:5-21: WARNING: store to fs->frozen (line 26) may be reordered after waitqueue_active(&fs->writers_wait) in fs_thaw(): a waiter can miss the wake-up; add smp_mb() before the check
testcases/shape-two-checks.c:29:5-21: WARNING: store to fs->frozen (line 26) may be reordered after waitqueue_active(&fs->readers_wait) in fs_thaw(): a waiter can miss the wake-up; add smp_mb() before the check
 * check-output-end
 */

/*
 * Racy, twice.  Both tests follow the same unordered store; the first
 * wake_up() is skipped on some paths, so it cannot stand in for a
 * barrier before the second test.
 */
#include <linux/wait.h>

struct fsb {
	wait_queue_head_t writers_wait;
	wait_queue_head_t readers_wait;
	int frozen;
};

static void __maybe_unused fs_thaw(struct fsb *fs)
{
	fs->frozen = 0;
	/*
	 * Order the store to fs->frozen before the wait-list tests of
	 * fs->writers_wait and fs->readers_wait; pairs with set_current_state()
	 * in the waiters.
	 */
	smp_mb();
	if (waitqueue_active(&fs->writers_wait))
		wake_up_all(&fs->writers_wait);
	if (waitqueue_active(&fs->readers_wait))
		wake_up_all(&fs->readers_wait);
}
