// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: WRITE_ONCE() is a store, and orders nothing
 *
 * check-output-start
testcases/store-write-once.c:26:5-21: WARNING: store to link->state (line 25) may be reordered after waitqueue_active(&link->wait) in link_up(): a waiter can miss the wake-up; add smp_mb() before the check
 * check-output-end
 */

/*
 * Racy.  WRITE_ONCE() keeps the compiler honest but gives no CPU
 * ordering against the later load of the wait list.
 */
#include <linux/wait.h>

#define LINK_UP 1

struct link {
	wait_queue_head_t wait;
	int state;
};

static void __maybe_unused link_up(struct link *link)
{
	WRITE_ONCE(link->state, LINK_UP);
	/*
	 * Order the store to link->state before the wait-list test of
	 * link->wait; pairs with set_current_state() in the waiter.
	 */
	smp_mb();
	if (waitqueue_active(&link->wait))
		wake_up_all(&link->wait);
}
