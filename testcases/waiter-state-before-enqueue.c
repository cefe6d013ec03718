// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: waiter: the state set before add_wait_queue() leaves the enqueue unordered against the test
 *
 * check-output-start
testcases/waiter-state-before-enqueue.c:27:1-15: WARNING: add_wait_queue(&p->drain, &wait) in port_wait_empty() is followed by schedule_timeout() (line 29) with no full barrier after the enqueue: the condition test can pass it and miss a wake-up; use set_current_state() after add_wait_queue() or prepare_to_wait()
 * check-output-end
 */

/*
 * Racy: the barrier in set_current_state() comes before the enqueue;
 * nothing orders the enqueue against the load of the condition.
 */
#include <linux/sched.h>
#include <linux/wait.h>

struct port {
	int empty;
	wait_queue_head_t drain;
};

static void __maybe_unused port_wait_empty(struct port *p)
{
	DEFINE_WAIT(wait);

	set_current_state(TASK_UNINTERRUPTIBLE);
	add_wait_queue(&p->drain, &wait);
	if (!READ_ONCE(p->empty))
		schedule_timeout(100);
	__set_current_state(TASK_RUNNING);
	remove_wait_queue(&p->drain, &wait);
}
