// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: waiter: add_wait_queue(), then __set_current_state() and the test: no barrier after the enqueue
 *
 * check-output-start
testcases/waiter-set-state-unordered.c:27:1-15: WARNING: add_wait_queue(&d->wq, &wait) in dev_wait_ready() is followed by schedule() (line 30) with no full barrier after the enqueue: the condition test can pass it and miss a wake-up; use set_current_state() after add_wait_queue() or prepare_to_wait()
 * check-output-end
 */

/*
 * Racy: __set_current_state() is a plain store.  The load of
 * dev->ready can pass the enqueue, while the waker stores ready and
 * then finds the queue empty: both sides miss.
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
	__set_current_state(TASK_INTERRUPTIBLE);
	if (!READ_ONCE(d->ready))
		schedule();
	__set_current_state(TASK_RUNNING);
	remove_wait_queue(&d->wq, &wait);
}
