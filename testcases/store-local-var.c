// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: assignment to a plain local variable is not a shared store
 *
 * check-output-start
 * check-output-end
 */

/*
 * Not racy.  The shared store (qt->used) is followed by smp_mb().  The
 * assignment after the barrier is to "left", which lives on the waker's
 * stack: no waiter can read it, so it needs no ordering.
 */
#include <linux/wait.h>

struct quota {
	wait_queue_head_t wait;
	int used;
	int limit;
};

static void __maybe_unused quota_release(struct quota *qt, int n)
{
	int left;

	qt->used -= n;
	smp_mb();
	left = qt->limit - qt->used;
	if (left > 0 && waitqueue_active(&qt->wait))
		wake_up(&qt->wait);
}
