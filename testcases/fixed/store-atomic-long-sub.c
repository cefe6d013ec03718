// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: atomic_long_sub() is an unordered atomic RMW
 *
 * check-output-start
testcases/store-atomic-long-sub.c:24:5-21: WARNING: store to mem->charged (line 23) may be reordered after waitqueue_active(&mem->reclaim_wait) in mem_uncharge(): a waiter can miss the wake-up; add smp_mb__after_atomic() before the check
 * check-output-end
 */

/*
 * Racy.  An allocator sleeps while mem->charged is over the limit.
 */
#include <linux/atomic.h>
#include <linux/wait.h>

struct mem_cg {
	wait_queue_head_t reclaim_wait;
	atomic_long_t charged;
};

static void __maybe_unused mem_uncharge(struct mem_cg *mem, long nr_pages)
{
	atomic_long_sub(nr_pages, &mem->charged);
	/*
	 * Order the atomic_long_sub() on mem->charged before the wait-list test
	 * of mem->reclaim_wait; pairs with set_current_state() in the waiter.
	 */
	smp_mb__after_atomic();
	if (waitqueue_active(&mem->reclaim_wait))
		wake_up(&mem->reclaim_wait);
}
