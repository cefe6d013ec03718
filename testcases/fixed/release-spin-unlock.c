// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: spin_unlock() of another lock between the store and the check: reported
 *
 * check-output-start
testcases/release-spin-unlock.c:31:5-21: WARNING: store to dev->state (line 29) may be reordered after waitqueue_active(&dev->wait) in dev_go_idle(): a waiter can miss the wake-up; add smp_mb() before the check
 * check-output-end
 */

/*
 * Racy.  spin_unlock() is a RELEASE: the load after it may be performed
 * before it, even before the store.  The waiter tests dev->state without
 * taking dev->lock, so the lock does not pair with anything.
 */
#include <linux/spinlock.h>
#include <linux/wait.h>

#define ST_IDLE 0

struct dev {
	spinlock_t lock;
	wait_queue_head_t wait;
	int state;
};

static void __maybe_unused dev_go_idle(struct dev *dev)
{
	spin_lock(&dev->lock);
	dev->state = ST_IDLE;
	spin_unlock(&dev->lock);
	/*
	 * Order the store to dev->state before the wait-list test of dev->wait;
	 * pairs with the barrier in wait_event() in dev_wait_idle().
	 */
	smp_mb();
	if (waitqueue_active(&dev->wait))
		wake_up(&dev->wait);
}

static void __maybe_unused dev_wait_idle(struct dev *dev)
{
	wait_event(dev->wait, READ_ONCE(dev->state) == ST_IDLE);
}
