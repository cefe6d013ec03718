// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: prefix decrement of a shared counter
 *
 * check-output-start
testcases/store-pre-dec.c:24:5-21: WARNING: store to pool->busy (line 22) may be reordered after waitqueue_active(&pool->idle_wait) in pool_put(): a waiter can miss the wake-up; add smp_mb() before the check
 * check-output-end
 */

/*
 * Racy.  The waiter sleeps until pool->busy drops to zero.
 */
#include <linux/wait.h>

struct pool {
	wait_queue_head_t idle_wait;
	int busy;
};

static void __maybe_unused pool_put(struct pool *pool)
{
	if (--pool->busy)
		return;
	/*
	 * Order the store to pool->busy before the wait-list test of
	 * pool->idle_wait; pairs with set_current_state() in the waiter.
	 */
	smp_mb();
	if (waitqueue_active(&pool->idle_wait))
		wake_up(&pool->idle_wait);
}
