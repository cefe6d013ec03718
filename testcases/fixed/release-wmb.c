// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: wmb() between the store and the check is not a full barrier: reported
 *
 * check-output-start
testcases/release-wmb.c:25:5-21: WARNING: store to hw->irq_seen (line 23) may be reordered after waitqueue_active(&hw->wait) in hw_irq(): wmb() on line 24 orders stores against stores only; replace it with smp_mb()
 * check-output-end
 */

/*
 * Racy.  wmb() is stronger than smp_wmb() (it also orders device
 * writes) but still only store->store.
 */
#include <linux/wait.h>

struct hw {
	wait_queue_head_t wait;
	u32 irq_seen;
};

static void __maybe_unused hw_irq(struct hw *hw, u32 status)
{
	hw->irq_seen |= status;
	/*
	 * Order the store to hw->irq_seen before the wait-list test of
	 * hw->wait; pairs with set_current_state() in the waiter.
	 */
	smp_mb();
	if (waitqueue_active(&hw->wait))
		wake_up(&hw->wait);
}
