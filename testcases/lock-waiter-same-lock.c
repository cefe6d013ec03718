// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: lock: store and check under dev->lock, and the waiter enqueues and tests under dev->lock too: serialised, not reported
 *
 * check-output-start
 * check-output-end
 */

/*
 * Correct: the waker holds dev->lock across the store and the test, and
 * dev_wait() enqueues itself and tests the condition holding the same
 * lock, so one side always runs entirely before the other.
 */
#include <linux/sched.h>
#include <linux/spinlock.h>
#include <linux/wait.h>

struct dev {
	spinlock_t lock;
	int done;
	wait_queue_head_t wq;
};

static void __maybe_unused dev_finish(struct dev *d)
{
	spin_lock(&d->lock);
	d->done = 1;
	if (waitqueue_active(&d->wq))
		wake_up(&d->wq);
	spin_unlock(&d->lock);
}

static void __maybe_unused dev_wait(struct dev *d)
{
	DEFINE_WAIT(wait);

	spin_lock(&d->lock);
	while (!d->done) {
		prepare_to_wait(&d->wq, &wait, TASK_UNINTERRUPTIBLE);
		spin_unlock(&d->lock);
		schedule();
		spin_lock(&d->lock);
	}
	finish_wait(&d->wq, &wait);
	spin_unlock(&d->lock);
}
