// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: a store made in a static inline of the same file is a store at its call
 *
 * check-output-start
testcases/callee-store-inline.c:34:5-21: WARNING: store to *pool->map in put_permit_bit() (line 33) may be reordered after waitqueue_active(&pool->wait) in put_permit(): a waiter can miss the wake-up; add smp_mb() before the check
 * check-output-end
 */

/*
 * Racy.  put_permit_bit() clears the permit's bit and returns; the
 * caller then tests the wait list with nothing between.  The bit is
 * what the waiter retests after prepare_to_wait(), so its store may
 * still sit in the store buffer when waitqueue_active() reads "empty".
 * The store is named at the call, mapped through the parameter (p ->
 * pool).  Compare callee-store-inline-mb.c.
 */
#include <linux/bitops.h>
#include <linux/wait.h>

struct permit_pool {
	wait_queue_head_t wait;
	unsigned long *map;
};

static inline void put_permit_bit(struct permit_pool *p, int id)
{
	clear_bit_unlock(id, p->map);
}

static void __maybe_unused put_permit(struct permit_pool *pool, int id)
{
	put_permit_bit(pool, id);
	if (waitqueue_active(&pool->wait))
		wake_up(&pool->wait);
}
