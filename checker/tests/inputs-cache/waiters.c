// SPDX-License-Identifier: GPL-2.0
/*
 * The waiters of e2e/cache-index-words: one function waits on each
 * queue, so which of them the waiter index keeps depends on the queues
 * the wakers name.
 */
#include <linux/spinlock.h>
#include <linux/wait.h>

struct pipe_a {
	int ready;
	wait_queue_head_t qa;
};

struct pipe_b {
	int ready;
	spinlock_t lock;
	wait_queue_head_t qb;
};

int pipe_a_wait(struct pipe_a *p)
{
	return wait_event_interruptible(p->qa, READ_ONCE(p->ready));
}

int pipe_b_wait(struct pipe_b *p)
{
	int ret;

	spin_lock_irq(&p->lock);
	ret = wait_event_interruptible_lock_irq(p->qb, p->ready, p->lock);
	spin_unlock_irq(&p->lock);
	return ret;
}
