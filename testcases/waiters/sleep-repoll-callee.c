// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: sleep repoll in a callee: add_wait_queue(), then a static function of the file that naps with schedule_timeout() in a loop until the queue drains
 * check-command: cocci-waiters $file
 *
 * check-output-start
wqcheck-waiter-1	testcases/waiters/sleep-repoll-callee.c	37	drain_stop	add_wait_queue	&d->wait	struct drain		pending@drain_wait_empty		repoll		
 * check-output-end
 */

/*
 * The sleep is not in the function that enqueues: drain_wait_empty()
 * naps a few milliseconds at a time and tests again, whatever woke it,
 * so the wait is a re-poll.
 */
#include <linux/jiffies.h>
#include <linux/sched.h>
#include <linux/wait.h>

struct drain {
	int pending;
	wait_queue_head_t wait;
};

static void drain_wait_empty(struct drain *d)
{
	while (READ_ONCE(d->pending)) {
		schedule_timeout(HZ / 50);
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
