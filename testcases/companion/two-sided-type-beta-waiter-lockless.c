// SPDX-License-Identifier: GPL-2.0
/*
 * A companion of two-sided-type-beta-lockless.c (not a case of its
 * own): a waiter of struct beta's wq (the same member name and
 * expression as struct alpha's), reading s->ready without any lock.
 */
#include <linux/spinlock.h>
#include <linux/wait.h>

struct beta {
	spinlock_t lock;
	bool ready;
	wait_queue_head_t wq;
};

static void __maybe_unused beta_wait(struct beta *s)
{
	wait_event(s->wq, READ_ONCE(s->ready));
}
