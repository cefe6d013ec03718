// SPDX-License-Identifier: GPL-2.0
/*
 * A companion of two-sided-lock-every-waiter.c (not a case of its own):
 * a second waiter of struct slot's wq, interruptible, that also
 * enqueues and tests the state holding s->lock.
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

	spin_lock(&s->lock);
	while (s->state != SLOT_CLOSED) {
		prepare_to_wait(&s->wq, &wait, TASK_INTERRUPTIBLE);
		if (signal_pending(current)) {
			ret = -ERESTARTSYS;
			break;
		}
		spin_unlock(&s->lock);
		schedule();
		spin_lock(&s->lock);
	}
	finish_wait(&s->wq, &wait);
	spin_unlock(&s->lock);
	return ret;
}
