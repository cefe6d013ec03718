// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: transfer ends under a mutex, fixed: smp_mb() after mutex_unlock()
 *
 * check-output-start
 * check-output-end
 */

/*
 * Not racy.  Twin of real-mutex-unlock-wake.c: the full barrier after the
 * unlock orders ipc->busy before the load of the wait list.
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

	/* mutex_unlock() is only a RELEASE; pairs with the waiter. */
	smp_mb();
	if (waitqueue_active(&ipc->idle_wait))
		wake_up(&ipc->idle_wait);
}
