// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: reads: a call of a function that is not of this file (and not a known pure reader) may read anything: *
 * check-command: cocci-waiters $file
 *
 * check-output-start
wqcheck-waiter-1	testcases/waiters/reads-extern-call.c	26	pool_wait	wait_event	pool->wait	struct work_pool		nr_idle *		none	queue_has_work(pool) || READ_ONCE(pool->nr_idle) == 0	
 * check-output-end
 */

/*
 * queue_has_work() is defined elsewhere: what it reads is unknown, so
 * the record cannot say which stores the waiter waits for.
 */
#include <linux/wait.h>

struct work_pool {
	wait_queue_head_t wait;
	unsigned int nr_idle;
};

extern bool queue_has_work(struct work_pool *pool);

static void __maybe_unused pool_wait(struct work_pool *pool)
{
	wait_event(pool->wait,
		   queue_has_work(pool) || READ_ONCE(pool->nr_idle) == 0);
}
