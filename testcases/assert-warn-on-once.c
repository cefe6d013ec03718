// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: WARN_ON_ONCE(waitqueue_active()) after a store: not reported
 *
 * check-output-start
 * check-output-end
 */

/*
 * Not a lost wake-up.  The test only feeds a one-time warning.
 */
#include <linux/bug.h>
#include <linux/wait.h>

struct pool {
	wait_queue_head_t wait;
	int nr_free;
};

static void __maybe_unused pool_reset(struct pool *pool, int n)
{
	pool->nr_free = n;
	WARN_ON_ONCE(waitqueue_active(&pool->wait));
}
