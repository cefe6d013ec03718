// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: waiter: set_current_state() after add_wait_queue() orders the enqueue before the test
 *
 * check-output-start
 * check-output-end
 */

/*
 * Correct: set_current_state() has a full barrier, between the
 * enqueue and the load of the condition, as prepare_to_wait() does.
 */
#include <linux/sched.h>
#include <linux/wait.h>

struct dev {
	int ready;
	wait_queue_head_t wq;
};

static void __maybe_unused dev_wait_ready(struct dev *d)
{
	DEFINE_WAIT(wait);

	add_wait_queue(&d->wq, &wait);
	for (;;) {
		set_current_state(TASK_INTERRUPTIBLE);
		if (READ_ONCE(d->ready))
			break;
		schedule();
	}
	__set_current_state(TASK_RUNNING);
	remove_wait_queue(&d->wq, &wait);
}
