// SPDX-License-Identifier: GPL-2.0
/*
 * A companion of two-sided-lock-one-waiter-lockless.c (not a case of
 * its own): the second waiter of struct slot's wq, but it enqueues and
 * reads the state without s->lock.
 */
#include <linux/errno.h>
#include <linux/sched.h>
#include <linux/spinlock.h>
#include <linux/wait.h>

#define SLOT_CLOSED	2

struct slot {
	spinlock_t lock;
	int state;
	wait_queue_head_t wq;
};

static int __maybe_unused slot_wait_closed(struct slot *s)
{
	DEFINE_WAIT(wait);
	int ret = 0;

	for (;;) {
		prepare_to_wait(&s->wq, &wait, TASK_INTERRUPTIBLE);
		if (READ_ONCE(s->state) == SLOT_CLOSED)
			break;
		if (signal_pending(current)) {
			ret = -ERESTARTSYS;
			break;
		}
		schedule();
	}
	finish_wait(&s->wq, &wait);
	return ret;
}
