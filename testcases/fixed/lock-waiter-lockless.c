// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: lock: store and check under dev->lock, but the waiter tests without it: reported
 *
 * check-output-start
testcases/lock-waiter-lockless.c:27:5-21: WARNING: store to d->done (line 26) may be reordered after waitqueue_active(&d->wq) in dev_finish(): a waiter can miss the wake-up; add smp_mb() before the check
 * check-output-end
 */

/*
 * Racy: the waker's lock does not help, because wait_event() enqueues
 * and tests dev->done without taking dev->lock.
 */
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
	/*
	 * Order the store to d->done before the wait-list test of d->wq; pairs
	 * with the barrier in wait_event() in dev_wait().
	 */
	smp_mb();
	if (waitqueue_active(&d->wq))
		wake_up(&d->wq);
	spin_unlock(&d->lock);
}

static void __maybe_unused dev_wait(struct dev *d)
{
	wait_event(d->wq, READ_ONCE(d->done));
}
