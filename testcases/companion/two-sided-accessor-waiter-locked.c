// SPDX-License-Identifier: GPL-2.0
/*
 * A companion of two-sided-accessor-locked.c (not a case of its own):
 * the waiter of struct conn_wq's wait, named by the accessor
 * conn_sleep(), enqueueing and testing c->ready under c->lock.
 */
#include "two-sided-accessor.h"

static void __maybe_unused conn_wait_locked(struct conn *c)
{
	spin_lock_irq(&c->lock);
	wait_event_lock_irq(*conn_sleep(c), c->ready, c->lock);
	spin_unlock_irq(&c->lock);
}
