// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: spin_unlock_irqrestore() of another lock between the store and the check: reported
 *
 * check-output-start
testcases/release-spin-unlock-irqrestore.c:35:5-21: WARNING: store to urb->status (line 33) may be reordered after waitqueue_active(&urb->wait) in urb_giveback(): a waiter can miss the wake-up; add smp_mb() before the check
 * check-output-end
 */

/*
 * Racy.  Restoring interrupts adds no ordering to the RELEASE of the
 * unlock.  The submitter sleeps in wait_event(urb->wait,
 * READ_ONCE(urb->status) != -EINPROGRESS) without hcd->lock.
 */
#include <linux/spinlock.h>
#include <linux/wait.h>

struct hcd {
	spinlock_t lock;
};

struct urb {
	wait_queue_head_t wait;
	int status;
};

static void __maybe_unused urb_giveback(struct hcd *hcd, struct urb *urb,
					int status)
{
	unsigned long flags;

	spin_lock_irqsave(&hcd->lock, flags);
	urb->status = status;
	spin_unlock_irqrestore(&hcd->lock, flags);
	/*
	 * Order the store to urb->status before the wait-list test of
	 * urb->wait; pairs with set_current_state() in the waiter.
	 */
	smp_mb();
	if (waitqueue_active(&urb->wait))
		wake_up(&urb->wait);
}
