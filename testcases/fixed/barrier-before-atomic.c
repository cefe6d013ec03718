// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: smp_mb__before_atomic() does not order the atomic's own store before the check
 *
 * check-output-start
testcases/barrier-before-atomic.c:30:5-21: WARNING: store to b->count (line 29) may be reordered after waitqueue_active(&b->wait) in batch_add(): a waiter can miss the wake-up; add smp_mb__after_atomic() before the check
 * check-output-end
 */

/*
 * Racy.  smp_mb__before_atomic() orders b->data before the atomic_inc()
 * and what follows, but the atomic_inc() itself is still unordered
 * against the later load of the wait list, and the waiter tests
 * b->count.  The barrier is on the wrong side.
 */
#include <linux/atomic.h>
#include <linux/wait.h>

struct batch {
	wait_queue_head_t wait;
	atomic_t count;
	int data;
};

static void __maybe_unused batch_add(struct batch *b, int v)
{
	b->data = v;
	smp_mb__before_atomic();
	atomic_inc(&b->count);
	/*
	 * Order the atomic_inc() on b->count before the wait-list test of
	 * b->wait; pairs with set_current_state() in the waiter.
	 */
	smp_mb__after_atomic();
	if (waitqueue_active(&b->wait))
		wake_up(&b->wait);
}
