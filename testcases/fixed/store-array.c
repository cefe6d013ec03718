// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: store to an array element
 *
 * check-output-start
testcases/store-array.c:27:5-21: WARNING: store to tbl->state[idx] (line 26) may be reordered after waitqueue_active(&tbl->wait) in tbl_set_state(): a waiter can miss the wake-up; add smp_mb() before the check
 * check-output-end
 */

/*
 * Racy.  The waiter sleeps until tbl->state[idx] changes; the element
 * store is not ordered before the load of the wait list.
 */
#include <linux/wait.h>

#define TBL_SLOTS 16

struct tbl {
	wait_queue_head_t wait;
	unsigned char state[TBL_SLOTS];
};

static void __maybe_unused tbl_set_state(struct tbl *tbl, unsigned int idx,
					 unsigned char st)
{
	tbl->state[idx] = st;
	/*
	 * Order the store to tbl->state[idx] before the wait-list test of
	 * tbl->wait; pairs with set_current_state() in the waiter.
	 */
	smp_mb();
	if (waitqueue_active(&tbl->wait))
		wake_up_all(&tbl->wait);
}
