// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: check made while holding a mutex: reported
 *
 * check-output-start
testcases/lock-mutex-held.c:27:5-21: WARNING: store to dev->open_count (line 26) may be reordered after waitqueue_active(&dev->close_wait) in dev_release(): a waiter can miss the wake-up; add smp_mb() before the check
 * check-output-end
 */

/*
 * Racy.  The waiter (waiting for the last close) does not take
 * dev->lock before it tests dev->open_count.
 */
#include <linux/mutex.h>
#include <linux/wait.h>

struct cdev_lite {
	struct mutex lock;
	wait_queue_head_t close_wait;
	int open_count;
};

static void __maybe_unused dev_release(struct cdev_lite *dev)
{
	mutex_lock(&dev->lock);
	dev->open_count--;
	/*
	 * Order the store to dev->open_count before the wait-list test of
	 * dev->close_wait; pairs with set_current_state() in the waiter.
	 */
	smp_mb();
	if (waitqueue_active(&dev->close_wait))
		wake_up(&dev->close_wait);
	mutex_unlock(&dev->lock);
}
