// SPDX-License-Identifier: GPL-2.0
/*
 * A companion of two-sided-lockdep-held.c and two-sided-lockdep-missing.c
 * (not a case of its own): the only waiter of struct xfer's wq, waiting
 * with wait_event_lock_irq() on x->lock.
 */
#include <linux/spinlock.h>
#include <linux/wait.h>

struct xfer {
	spinlock_t lock;
	bool done;
	wait_queue_head_t wq;
};

static void __maybe_unused xfer_wait(struct xfer *x)
{
	spin_lock_irq(&x->lock);
	wait_event_lock_irq(x->wq, x->done, x->lock);
	spin_unlock_irq(&x->lock);
}
