// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: fully ordered atomic_fetch_add() as the store: not reported
 *
 * check-output-start
 * check-output-end
 */

/*
 * Not racy.  atomic_fetch_add() returns a value, so it is fully ordered:
 * the load of the wait list cannot pass it.
 */
#include <linux/atomic.h>
#include <linux/wait.h>

struct sendbuf {
	wait_queue_head_t credit_wait;
	atomic_t credits;
};

static void __maybe_unused credits_return(struct sendbuf *sb, int n)
{
	int before;

	before = atomic_fetch_add(n, &sb->credits);
	if (before <= 0 && waitqueue_active(&sb->credit_wait))
		wake_up(&sb->credit_wait);
}
