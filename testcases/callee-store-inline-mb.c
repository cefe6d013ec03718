// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: a static inline whose store is followed by a full barrier: no store at its call
 *
 * check-output-start
 * check-output-end
 */

/*
 * Not racy.  put_permit_bit() orders its clear_bit_unlock() with
 * smp_mb__after_atomic() before it returns, so the caller's test of the
 * wait list cannot pass it.  Compare callee-store-inline.c.
 */
#include <linux/atomic.h>
#include <linux/bitops.h>
#include <linux/wait.h>

struct permit_pool {
	wait_queue_head_t wait;
	unsigned long *map;
};

static inline void put_permit_bit(struct permit_pool *p, int id)
{
	clear_bit_unlock(id, p->map);
	smp_mb__after_atomic();
}

static void __maybe_unused put_permit(struct permit_pool *pool, int id)
{
	put_permit_bit(pool, id);
	if (waitqueue_active(&pool->wait))
		wake_up(&pool->wait);
}
