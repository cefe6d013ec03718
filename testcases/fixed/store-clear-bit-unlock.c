// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: clear_bit_unlock() is a store (a RELEASE, not a full barrier)
 *
 * check-output-start
testcases/store-clear-bit-unlock.c:27:5-21: WARNING: store to pg->flags (line 26) may be reordered after waitqueue_active(&pg->wait) in pg_unlock(): a waiter can miss the wake-up; add smp_mb__after_atomic() before the check
 * check-output-end
 */

/*
 * Racy.  clear_bit_unlock() keeps the critical section before the clear,
 * but the load of the wait list after it may still pass it.
 */
#include <linux/bitops.h>
#include <linux/wait.h>

#define PG_LOCKED 0

struct page_desc {
	wait_queue_head_t wait;
	unsigned long flags;
};

static void __maybe_unused pg_unlock(struct page_desc *pg)
{
	clear_bit_unlock(PG_LOCKED, &pg->flags);
	/*
	 * Order the clear_bit_unlock() on pg->flags before the wait-list test
	 * of pg->wait; pairs with set_current_state() in the waiter.
	 */
	smp_mb__after_atomic();
	if (waitqueue_active(&pg->wait))
		wake_up(&pg->wait);
}
