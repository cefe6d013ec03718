// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: change_bit() is an unordered atomic bitop
 *
 * check-output-start
testcases/store-change-bit.c:27:5-21: WARNING: store to sw->phase (line 26) may be reordered after waitqueue_active(&sw->wait) in sw_flip(): a waiter can miss the wake-up; add smp_mb__after_atomic() before the check
 * check-output-end
 */

/*
 * Racy.  The waiter sleeps until the phase bit differs from the one it
 * saw.
 */
#include <linux/bitops.h>
#include <linux/wait.h>

#define SW_PHASE 0

struct sw_barrier {
	wait_queue_head_t wait;
	unsigned long phase;
};

static void __maybe_unused sw_flip(struct sw_barrier *sw)
{
	change_bit(SW_PHASE, &sw->phase);
	/*
	 * Order the change_bit() on sw->phase before the wait-list test of
	 * sw->wait; pairs with set_current_state() in the waiter.
	 */
	smp_mb__after_atomic();
	if (waitqueue_active(&sw->wait))
		wake_up_all(&sw->wait);
}
