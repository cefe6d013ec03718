// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: atomic_sub() is an unordered atomic RMW
 *
 * check-output-start
testcases/store-atomic-sub.c:25:5-21: WARNING: store to wb->pages (line 24) may be reordered after waitqueue_active(&wb->wait) in wb_pages_done(): a waiter can miss the wake-up; add smp_mb__after_atomic() before the check
 * check-output-end
 */

/*
 * Racy.  A syncer sleeps until the count of pages under writeback falls
 * below a threshold.
 */
#include <linux/atomic.h>
#include <linux/wait.h>

struct writeback {
	wait_queue_head_t wait;
	atomic_t pages;
};

static void __maybe_unused wb_pages_done(struct writeback *wb, int nr)
{
	atomic_sub(nr, &wb->pages);
	/*
	 * Order the atomic_sub() on wb->pages before the wait-list test of
	 * wb->wait; pairs with set_current_state() in the waiter.
	 */
	smp_mb__after_atomic();
	if (waitqueue_active(&wb->wait))
		wake_up_all(&wb->wait);
}
