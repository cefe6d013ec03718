// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: set_bit() is an unordered atomic bitop
 *
 * check-output-start
testcases/store-set-bit.c:26:5-21: WARNING: store to dev->flags (line 25) may be reordered after waitqueue_active(&dev->state_wait) in dev_mark_dead(): a waiter can miss the wake-up; add smp_mb__after_atomic() before the check
 * check-output-end
 */

/*
 * Racy.  set_bit() has no return value, so it is atomic but unordered.
 */
#include <linux/bitops.h>
#include <linux/wait.h>

#define DEV_DEAD 0

struct netdev {
	wait_queue_head_t state_wait;
	unsigned long flags;
};

static void __maybe_unused dev_mark_dead(struct netdev *dev)
{
	set_bit(DEV_DEAD, &dev->flags);
	/*
	 * Order the set_bit() on dev->flags before the wait-list test of
	 * dev->state_wait; pairs with set_current_state() in the waiter.
	 */
	smp_mb__after_atomic();
	if (waitqueue_active(&dev->state_wait))
		wake_up_all(&dev->state_wait);
}
