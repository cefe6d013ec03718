// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: assignment to a by-value parameter is not a shared store
 *
 * check-output-start
 * check-output-end
 */

/*
 * Not racy.  "budget" is the function's own copy; changing it is no
 * store a waiter can see.  The shared state (st->posted) was already
 * made visible with a full barrier.
 */
#include <linux/wait.h>

struct poster {
	wait_queue_head_t wait;
	int posted;
};

static int __maybe_unused post_some(struct poster *st, int budget)
{
	st->posted = 1;
	smp_mb();
	budget -= 1;
	if (waitqueue_active(&st->wait))
		wake_up(&st->wait);
	return budget;
}
