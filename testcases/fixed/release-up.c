// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: up() on a semaphore between the store and the check: reported
 *
 * check-output-start
testcases/release-up.c:26:5-21: WARNING: store to fl->busy (line 24) may be reordered after waitqueue_active(&fl->idle_wait) in flash_op_end(): a waiter can miss the wake-up; add smp_mb() before the check
 * check-output-end
 */

/*
 * Racy.  Releasing a semaphore is a RELEASE, not a full barrier.
 */
#include <linux/semaphore.h>
#include <linux/wait.h>

struct flash {
	struct semaphore sem;
	wait_queue_head_t idle_wait;
	bool busy;
};

static void __maybe_unused flash_op_end(struct flash *fl)
{
	fl->busy = false;
	up(&fl->sem);
	/*
	 * Order the store to fl->busy before the wait-list test of
	 * fl->idle_wait; pairs with set_current_state() in the waiter.
	 */
	smp_mb();
	if (waitqueue_active(&fl->idle_wait))
		wake_up(&fl->idle_wait);
}
