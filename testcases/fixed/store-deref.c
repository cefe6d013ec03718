// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: store through a pointer (*p = v)
 *
 * check-output-start
testcases/store-deref.c:20:5-21: WARNING: store to *slot (line 19) may be reordered after waitqueue_active(wq) in slot_fill(): a waiter can miss the wake-up; add smp_mb() before the check
 * check-output-end
 */

/*
 * Racy.  *slot is what the waiter tests; the store through the pointer
 * is as unordered as any other.
 */
#include <linux/wait.h>

static void __maybe_unused slot_fill(struct wait_queue_head *wq, int *slot,
				     int value)
{
	*slot = value;
	/*
	 * Order the store to *slot before the wait-list test of wq; pairs with
	 * set_current_state() in the waiter.
	 */
	smp_mb();
	if (waitqueue_active(wq))
		wake_up(wq);
}
