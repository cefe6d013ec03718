// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: atomic_add() is an unordered atomic RMW
 *
 * check-output-start
testcases/store-atomic-add.c:24:5-21: WARNING: store to sb->credits (line 23) may be reordered after waitqueue_active(&sb->credit_wait) in credits_return(): a waiter can miss the wake-up; add smp_mb__after_atomic() before the check
 * check-output-end
 */

/*
 * Racy.  A sender sleeps until enough credits are available.
 */
#include <linux/atomic.h>
#include <linux/wait.h>

struct sendbuf {
	wait_queue_head_t credit_wait;
	atomic_t credits;
};

static void __maybe_unused credits_return(struct sendbuf *sb, int n)
{
	atomic_add(n, &sb->credits);
	/*
	 * Order the atomic_add() on sb->credits before the wait-list test of
	 * sb->credit_wait; pairs with set_current_state() in the waiter.
	 */
	smp_mb__after_atomic();
	if (waitqueue_active(&sb->credit_wait))
		wake_up(&sb->credit_wait);
}
