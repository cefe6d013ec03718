// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: publishing with smp_store_release() is not enough before the check: reported
 *
 * check-output-start
testcases/release-store-release.c:30:5-21: WARNING: store to msg->ready (line 29) may be reordered after waitqueue_active(&box->wait) in box_post(): a waiter can miss the wake-up; add smp_mb() before the check
 * check-output-end
 */

/*
 * Racy.  The RELEASE orders msg->len before msg->ready, as the reader
 * needs, but a RELEASE store can still be passed by a later load: the
 * waker may read an empty wait list before msg->ready is visible.
 */
#include <linux/wait.h>

struct msg {
	int len;
	bool ready;
};

struct mbox {
	wait_queue_head_t wait;
};

static void __maybe_unused box_post(struct mbox *box, struct msg *msg, int len)
{
	msg->len = len;
	smp_store_release(&msg->ready, true);
	/*
	 * Order the store to msg->ready before the wait-list test of box->wait;
	 * pairs with set_current_state() in the waiter.
	 */
	smp_mb();
	if (waitqueue_active(&box->wait))
		wake_up(&box->wait);
}
