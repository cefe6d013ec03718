// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: sleep none in a callee: add_wait_queue(), then a static function of the file that sleeps in schedule() until the queue drains
 * check-command: cocci-waiters $file
 *
 * check-output-start
wqcheck-waiter-1	testcases/waiters/sleep-none-callee.c	35	drain_stop	add_wait_queue	&d->wait	struct drain		pending@drain_wait_empty		none		
 * check-output-end
 */

/*
 * The twin of sleep-repoll-callee.c: the callee sleeps with no timeout,
 * so a missed wake-up leaves it asleep.
 */
#include <linux/sched.h>
#include <linux/wait.h>

struct drain {
	int pending;
	wait_queue_head_t wait;
};

static void drain_wait_empty(struct drain *d)
{
	while (READ_ONCE(d->pending)) {
		schedule();
		set_current_state(TASK_UNINTERRUPTIBLE);
	}
}

static void __maybe_unused drain_stop(struct drain *d)
{
	DECLARE_WAITQUEUE(wait, current);

	add_wait_queue(&d->wait, &wait);
	set_current_state(TASK_UNINTERRUPTIBLE);
	drain_wait_empty(d);
	set_current_state(TASK_RUNNING);
	remove_wait_queue(&d->wait, &wait);
}
