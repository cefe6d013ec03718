// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: locks: a guard() taken in one branch after poll_wait() holds nothing over what the poll function tests outside it
 * check-command: cocci-waiters $file
 *
 * check-output-start
wqcheck-waiter-1	testcases/waiters/locks-guard-in-branch-poll.c	32	cell_pool_poll	poll_wait	&pool->output_sleep	struct cell_pool		asked free EPOLLOUT				
 * check-output-end
 */

/*
 * The twin of locks-guard-after-poll.c: the poller takes pool->lock
 * only when it was asked for a count, and tests pool->free after that
 * branch without it, so no lock is recorded for it.
 */
#include <linux/cleanup.h>
#include <linux/poll.h>
#include <linux/spinlock.h>
#include <linux/wait.h>

struct cell_pool {
	spinlock_t lock;
	wait_queue_head_t output_sleep;
	int free;
	int asked;
};

static __poll_t __maybe_unused cell_pool_poll(struct cell_pool *pool,
					      struct file *file,
					      poll_table *wait)
{
	poll_wait(file, &pool->output_sleep, wait);
	if (pool->asked) {
		guard(spinlock_irq)(&pool->lock);
		pool->asked = 0;
	}
	return pool->free ? EPOLLOUT : 0;
}
