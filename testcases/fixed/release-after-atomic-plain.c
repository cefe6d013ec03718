// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: smp_mb__after_atomic() after a plain store is no barrier: reported
 *
 * check-output-start
testcases/release-after-atomic-plain.c:26:5-21: WARNING: store to st->count (line 24) may be reordered after waitqueue_active(&st->wait) in st_drop(): smp_mb__after_atomic() on line 25 orders nothing after a plain store; replace it with smp_mb()
 * check-output-end
 */

/*
 * Racy.  smp_mb__after_atomic() only upgrades an atomic RMW right before
 * it; after a plain decrement it promises nothing (it is a no-op on
 * x86).  The plain store needs smp_mb().
 */
#include <linux/wait.h>

struct stage {
	wait_queue_head_t wait;
	int count;
};

static void __maybe_unused st_drop(struct stage *st)
{
	st->count--;
	/*
	 * Order the store to st->count before the wait-list test of st->wait;
	 * pairs with set_current_state() in the waiter.
	 */
	smp_mb();
	if (waitqueue_active(&st->wait))
		wake_up(&st->wait);
}
