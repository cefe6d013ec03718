// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: atomic RMW on a pointer argument: the target is written *cnt
 *
 * check-output-start
testcases/store-atomic-ptr.c:20:5-21: WARNING: store to *cnt (line 19) may be reordered after waitqueue_active(wq) in count_down(): a waiter can miss the wake-up; add smp_mb__after_atomic() before the check
 * check-output-end
 */

/*
 * Racy.  Same as atomic_dec(&x->cnt); the counter is reached through a
 * pointer parameter, so the report names it *cnt.
 */
#include <linux/atomic.h>
#include <linux/wait.h>

static void __maybe_unused count_down(atomic_t *cnt, struct wait_queue_head *wq)
{
	atomic_dec(cnt);
	/*
	 * Order the atomic_dec() on *cnt before the wait-list test of wq; pairs
	 * with set_current_state() in the waiter.
	 */
	smp_mb__after_atomic();
	if (waitqueue_active(wq))
		wake_up(wq);
}
