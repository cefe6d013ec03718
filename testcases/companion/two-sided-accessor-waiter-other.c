// SPDX-License-Identifier: GPL-2.0
/*
 * A companion of two-sided-accessor-other.c (not a case of its own):
 * a waiter under c->lock on the queue conn_err_sleep() returns, the
 * wait member of struct conn_err: not struct conn_wq's.
 */
#include "two-sided-accessor.h"

static void __maybe_unused conn_wait_err_locked(struct conn *c)
{
	spin_lock_irq(&c->lock);
	wait_event_lock_irq(*conn_err_sleep(c), c->ready, c->lock);
	spin_unlock_irq(&c->lock);
}
