// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: prefix increment of a shared counter
 *
 * check-output-start
testcases/store-pre-inc.c:24:5-21: WARNING: store to ev->seq (line 23) may be reordered after waitqueue_active(&ev->wait) in ev_signal(): a waiter can miss the wake-up; add smp_mb() before the check
 * check-output-end
 */

/*
 * Racy.  ++ is a load and a store; the store may still sit in the store
 * buffer when the wait list is read.
 */
#include <linux/wait.h>

struct ev {
	wait_queue_head_t wait;
	unsigned long seq;
};

static void __maybe_unused ev_signal(struct ev *ev)
{
	++ev->seq;
	/*
	 * Order the store to ev->seq before the wait-list test of ev->wait;
	 * pairs with set_current_state() in the waiter.
	 */
	smp_mb();
	if (waitqueue_active(&ev->wait))
		wake_up_all(&ev->wait);
}
