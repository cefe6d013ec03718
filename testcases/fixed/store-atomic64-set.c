// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: atomic64_set() is a plain store
 *
 * check-output-start
testcases/store-atomic64-set.c:24:5-21: WARNING: store to clk->epoch (line 23) may be reordered after waitqueue_active(&clk->wait) in clk_new_epoch(): a waiter can miss the wake-up; add smp_mb() before the check
 * check-output-end
 */

/*
 * Racy.  atomic64_set() is a plain store of the counter.
 */
#include <linux/atomic.h>
#include <linux/wait.h>

struct clk_src {
	wait_queue_head_t wait;
	atomic64_t epoch;
};

static void __maybe_unused clk_new_epoch(struct clk_src *clk, s64 epoch)
{
	atomic64_set(&clk->epoch, epoch);
	/*
	 * Order the store to clk->epoch before the wait-list test of clk->wait;
	 * pairs with set_current_state() in the waiter.
	 */
	smp_mb();
	if (waitqueue_active(&clk->wait))
		wake_up_all(&clk->wait);
}
