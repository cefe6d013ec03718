// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: atomic_and() is an unordered atomic RMW
 *
 * check-output-start
testcases/store-atomic-and.c:24:5-21: WARNING: store to ch->busy_mask (line 23) may be reordered after waitqueue_active(&ch->idle_wait) in chan_release(): a waiter can miss the wake-up; add smp_mb__after_atomic() before the check
 * check-output-end
 */

/*
 * Racy.  The waiter sleeps until its bit in ch->busy_mask is clear.
 */
#include <linux/atomic.h>
#include <linux/wait.h>

struct channel {
	wait_queue_head_t idle_wait;
	atomic_t busy_mask;
};

static void __maybe_unused chan_release(struct channel *ch, int bit)
{
	atomic_and(~(1 << bit), &ch->busy_mask);
	/*
	 * Order the atomic_and() on ch->busy_mask before the wait-list test of
	 * ch->idle_wait; pairs with set_current_state() in the waiter.
	 */
	smp_mb__after_atomic();
	if (waitqueue_active(&ch->idle_wait))
		wake_up_all(&ch->idle_wait);
}
