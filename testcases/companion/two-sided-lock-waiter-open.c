// SPDX-License-Identifier: GPL-2.0
/*
 * A companion of two-sided-lock-every-waiter.c and
 * two-sided-lock-one-waiter-lockless.c (not a case of its own): a
 * waiter of struct slot's wq that enqueues and tests the state holding
 * s->lock, dropping it only to sleep.
 */
#include <linux/sched.h>
#include <linux/spinlock.h>
#include <linux/wait.h>

#define SLOT_OPEN	1

struct slot {
	spinlock_t lock;
	int state;
	wait_queue_head_t wq;
};

static void __maybe_unused slot_wait_open(struct slot *s)
{
	DEFINE_WAIT(wait);

	spin_lock(&s->lock);
	for (;;) {
		prepare_to_wait(&s->wq, &wait, TASK_UNINTERRUPTIBLE);
		if (s->state == SLOT_OPEN)
			break;
		spin_unlock(&s->lock);
		schedule();
		spin_lock(&s->lock);
	}
	finish_wait(&s->wq, &wait);
	spin_unlock(&s->lock);
}
