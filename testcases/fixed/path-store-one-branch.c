// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: store on one branch only, then the check: reported
 *
 * check-output-start
testcases/path-store-one-branch.c:25:5-21: WARNING: store to op->error (line 24) may be reordered after waitqueue_active(&op->wait) in op_end(): a waiter can miss the wake-up; add smp_mb() before the check
 * check-output-end
 */

/*
 * Racy on the error path: the waiter sleeps until op->error is set or
 * the operation completes.
 */
#include <linux/wait.h>

struct op {
	wait_queue_head_t wait;
	int error;
};

static void __maybe_unused op_end(struct op *op, int status)
{
	if (status < 0)
		op->error = status;
	/*
	 * Order the store to op->error before the wait-list test of op->wait;
	 * pairs with set_current_state() in the waiter.
	 */
	smp_mb();
	if (waitqueue_active(&op->wait))
		wake_up(&op->wait);
}
