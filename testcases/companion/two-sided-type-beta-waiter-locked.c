// SPDX-License-Identifier: GPL-2.0
/*
 * A companion of two-sided-type-alpha-lockless.c and
 * two-sided-type-alpha-locked.c (not a case of its own): a waiter of
 * struct beta, which has its own wq and lock, with the same names as
 * struct alpha's; it enqueues and tests under struct beta's s->lock.
 */
#include <linux/spinlock.h>
#include <linux/wait.h>

struct beta {
	spinlock_t lock;
	bool ready;
	wait_queue_head_t wq;
};

static void __maybe_unused beta_wait_locked(struct beta *s)
{
	spin_lock_irq(&s->lock);
	wait_event_lock_irq(s->wq, s->ready, s->lock);
	spin_unlock_irq(&s->lock);
}
