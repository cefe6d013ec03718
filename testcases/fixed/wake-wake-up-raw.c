// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: waitqueue_active() guarding a direct __wake_up() call
 *
 * check-output-start
testcases/wake-wake-up-raw.c:23:5-21: WARNING: store to xfer->status (line 22) may be reordered after waitqueue_active(&xfer->wait) in xfer_done(): a waiter can miss the wake-up; add smp_mb() before the check
 * check-output-end
 */

/*
 * Racy.  Calling the primitive behind wake_up() changes nothing.
 */
#include <linux/wait.h>

struct xfer {
	wait_queue_head_t wait;
	int status;
};

static void __maybe_unused xfer_done(struct xfer *xfer, int status)
{
	xfer->status = status;
	/*
	 * Order the store to xfer->status before the wait-list test of
	 * xfer->wait; pairs with set_current_state() in the waiter.
	 */
	smp_mb();
	if (waitqueue_active(&xfer->wait))
		__wake_up(&xfer->wait, TASK_NORMAL, 1, NULL);
}
