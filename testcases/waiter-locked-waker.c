// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: waiter: no barrier after the enqueue, but the only waker wakes unconditionally, under the queue lock
 *
 * check-output-start
 * check-output-end
 */

/*
 * Correct: dev_set_ready() never looks at the list without its lock.
 * wake_up() takes the lock add_wait_queue() took; if the waker goes
 * first, its store is visible once the waiter holds that lock, and if
 * the waiter goes first, the waker finds it queued.
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

static void __maybe_unused dev_set_ready(struct dev *d)
{
	WRITE_ONCE(d->ready, 1);
	wake_up(&d->wq);
}
