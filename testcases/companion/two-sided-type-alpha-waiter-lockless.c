// SPDX-License-Identifier: GPL-2.0
/*
 * A companion of two-sided-type-alpha-lockless.c (not a case of its
 * own): the waiter of struct alpha's wq, reading s->ready without the
 * alpha lock.
 */
#include <linux/spinlock.h>
#include <linux/wait.h>

struct alpha {
	spinlock_t lock;
	bool ready;
	wait_queue_head_t wq;
};

static void __maybe_unused alpha_wait(struct alpha *s)
{
	wait_event(s->wq, READ_ONCE(s->ready));
}
