// SPDX-License-Identifier: GPL-2.0
/*
 * A companion of two-sided-type-alpha-locked.c and
 * two-sided-type-beta-lockless.c (not a case of its own): the waiter of
 * struct alpha's wq, enqueueing and testing s->ready under s->lock.
 */
#include <linux/spinlock.h>
#include <linux/wait.h>

struct alpha {
	spinlock_t lock;
	bool ready;
	wait_queue_head_t wq;
};

static void __maybe_unused alpha_wait_locked(struct alpha *s)
{
	spin_lock_irq(&s->lock);
	wait_event_lock_irq(s->wq, s->ready, s->lock);
	spin_unlock_irq(&s->lock);
}
