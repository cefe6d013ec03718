// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: reads after the enqueue: a test made before prepare_to_wait() is no read of the wait (order is read only before it, busy after)
 * check-command: cocci-waiters $file
 *
 * check-output-start
wqcheck-waiter-1	testcases/waiters/reads-after-enqueue.c	31	pool_nap	prepare_to_wait	&pool->wait	struct pool		busy		none		
 * check-output-end
 */

/*
 * Only what is tested between the enqueue and the sleep can miss a
 * wake-up: the early return on pool->order happens before the task is
 * on the queue, so the record's reads are busy alone.
 */
#include <linux/sched.h>
#include <linux/wait.h>

struct pool {
	int order;
	bool busy;
	wait_queue_head_t wait;
};

static void __maybe_unused pool_nap(struct pool *pool, int order)
{
	DEFINE_WAIT(wait);

	if (READ_ONCE(pool->order) > order)
		return;
	prepare_to_wait(&pool->wait, &wait, TASK_INTERRUPTIBLE);
	if (!READ_ONCE(pool->busy))
		schedule();
	finish_wait(&pool->wait, &wait);
}
