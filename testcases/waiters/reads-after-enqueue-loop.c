// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: reads after the enqueue, in a loop: add_wait_queue() then a loop that sleeps and re-tests: the whole loop is read, the test before the enqueue is not
 * check-command: cocci-waiters $file
 *
 * check-output-start
wqcheck-waiter-1	testcases/waiters/reads-after-enqueue-loop.c	32	pool_drain	add_wait_queue	&pool->wait	struct pool		busy count		none		
 * check-output-end
 */

/*
 * The twin of reads-after-enqueue.c: the sleep is in a loop that starts
 * after the enqueue, so what the loop tests after the sleep (count) is
 * read too; order, tested before the enqueue, is not.
 */
#include <linux/sched.h>
#include <linux/wait.h>

struct pool {
	int order;
	int count;
	bool busy;
	wait_queue_head_t wait;
};

static void __maybe_unused pool_drain(struct pool *pool, int order)
{
	DECLARE_WAITQUEUE(wait, current);

	if (READ_ONCE(pool->order) > order)
		return;
	add_wait_queue(&pool->wait, &wait);
	for (;;) {
		set_current_state(TASK_INTERRUPTIBLE);
		if (!READ_ONCE(pool->busy))
			break;
		schedule();
		if (!READ_ONCE(pool->count))
			break;
	}
	__set_current_state(TASK_RUNNING);
	remove_wait_queue(&pool->wait, &wait);
}
