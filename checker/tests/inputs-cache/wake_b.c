// SPDX-License-Identifier: GPL-2.0
/*
 * A waker of pipe_b's queue that stores and tests under the lock its
 * only waiter tests under: dropped, once the index has that waiter.
 */
#include <linux/spinlock.h>
#include <linux/wait.h>

struct pipe_b {
	int ready;
	spinlock_t lock;
	wait_queue_head_t qb;
};

void pipe_b_done(struct pipe_b *p)
{
	spin_lock_irq(&p->lock);
	p->ready = 1;
	if (waitqueue_active(&p->qb))
		wake_up(&p->qb);
	spin_unlock_irq(&p->lock);
}
