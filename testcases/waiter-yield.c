// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: waiter: schedule() in TASK_RUNNING is a yield, not a sleep: nothing can be lost
 *
 * check-output-start
 * check-output-end
 */

/*
 * Not a wait: the task state stays TASK_RUNNING, so schedule() returns
 * at once and the loop polls the condition again.
 */
#include <linux/sched.h>
#include <linux/wait.h>

struct port {
	int empty;
	wait_queue_head_t drain;
};

static void __maybe_unused port_poll_empty(struct port *p)
{
	DEFINE_WAIT(wait);

	add_wait_queue(&p->drain, &wait);
	while (!READ_ONCE(p->empty))
		schedule();
	remove_wait_queue(&p->drain, &wait);
}
