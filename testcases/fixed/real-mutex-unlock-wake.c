// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: transfer ends under a mutex, mutex_unlock(), then an unordered check
 *
 * check-output-start
testcases/real-mutex-unlock-wake.c:34:5-21: WARNING: store to ipc->busy (line 31) may be reordered after waitqueue_active(&ipc->idle_wait) in ipc_xfer_end(): a waiter can miss the wake-up; add smp_mb() before the check
 * check-output-end
 */

/*
 * Racy.  A common driver shape: the state change is made under the
 * device mutex, the lock is dropped, then the waiters are checked for.
 * mutex_unlock() is a RELEASE: the later load of the wait list may be
 * satisfied before ipc->busy = false is visible, and the suspend path
 * below tests ipc->busy without the mutex.
 */
#include <linux/mutex.h>
#include <linux/wait.h>

struct ipc_dev {
	struct mutex lock;
	wait_queue_head_t idle_wait;
	bool busy;
	int last_status;
};

static void __maybe_unused ipc_xfer_end(struct ipc_dev *ipc, int status)
{
	mutex_lock(&ipc->lock);
	ipc->last_status = status;
	ipc->busy = false;
	mutex_unlock(&ipc->lock);

	/*
	 * Order the store to ipc->busy before the wait-list test of
	 * ipc->idle_wait; pairs with the barrier in wait_event() in
	 * ipc_suspend().
	 */
	smp_mb();
	if (waitqueue_active(&ipc->idle_wait))
		wake_up(&ipc->idle_wait);
}

static void __maybe_unused ipc_suspend(struct ipc_dev *ipc)
{
	wait_event(ipc->idle_wait, !READ_ONCE(ipc->busy));
}
