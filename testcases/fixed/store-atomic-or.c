// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: atomic_or() is an unordered atomic RMW
 *
 * check-output-start
testcases/store-atomic-or.c:24:5-21: WARNING: store to ch->pending (line 23) may be reordered after waitqueue_active(&ch->wait) in chan_raise(): a waiter can miss the wake-up; add smp_mb__after_atomic() before the check
 * check-output-end
 */

/*
 * Racy.  The waiter sleeps until some bit of ch->pending is set.
 */
#include <linux/atomic.h>
#include <linux/wait.h>

struct channel {
	wait_queue_head_t wait;
	atomic_t pending;
};

static void __maybe_unused chan_raise(struct channel *ch, int mask)
{
	atomic_or(mask, &ch->pending);
	/*
	 * Order the atomic_or() on ch->pending before the wait-list test of
	 * ch->wait; pairs with set_current_state() in the waiter.
	 */
	smp_mb__after_atomic();
	if (waitqueue_active(&ch->wait))
		wake_up(&ch->wait);
}
