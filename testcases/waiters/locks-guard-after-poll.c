// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: locks: a guard() right after poll_wait() at the top of the poll function holds its lock over all the poll function then tests
 * check-command: cocci-waiters $file
 *
 * check-output-start
wqcheck-waiter-1	testcases/waiters/locks-guard-after-poll.c	35	cell_pool_poll	poll_wait	&pool->output_sleep	struct cell_pool		free EPOLLOUT	struct cell_pool|&pool->lock			
 * check-output-end
 */

/*
 * The poller enqueues first, then takes pool->lock to the end of the
 * function and computes its mask under it. A waker that stores and
 * tests the queue under pool->lock either runs before the poller's
 * critical section (which then sees the store) or after it, when the
 * enqueue, made before the poller took the lock, is seen by the
 * waker's test. The twin, locks-guard-in-branch-poll.c, takes the lock
 * in one branch only.
 */
#include <linux/cleanup.h>
#include <linux/poll.h>
#include <linux/spinlock.h>
#include <linux/wait.h>

struct cell_pool {
	spinlock_t lock;
	wait_queue_head_t output_sleep;
	int free;
};

static __poll_t __maybe_unused cell_pool_poll(struct cell_pool *pool,
					      struct file *file,
					      poll_table *wait)
{
	poll_wait(file, &pool->output_sleep, wait);
	guard(spinlock_irq)(&pool->lock);
	return pool->free ? EPOLLOUT : 0;
}
