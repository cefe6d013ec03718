// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: tty line discipline receive path: commit_head published, then an unordered check
 *
 * check-output-start
testcases/real-tty-ldisc-receive.c:38:5-21: WARNING: store to ldata->commit_head (line 36) may be reordered after waitqueue_active(&tty->read_wait) in ldisc_receive_buf(): a waiter can miss the wake-up; add smp_mb() before the check
 * check-output-end
 */

/*
 * Racy, shaped like the n_tty stall fixed in 2015.  The RELEASE store
 * publishes the received bytes to the reader, but the reader queued on
 * tty->read_wait can still miss it: a RELEASE does not keep the later
 * load of the wait list after it.  The fix dropped the lockless test.
 */
#include <linux/poll.h>
#include <linux/wait.h>

struct ldisc_data {
	size_t read_head;
	size_t commit_head;
	size_t read_tail;
	size_t min_to_wake;
};

struct tty_lite {
	struct ldisc_data *disc_data;
	wait_queue_head_t read_wait;
};

static void __maybe_unused ldisc_receive_buf(struct tty_lite *tty, size_t count)
{
	struct ldisc_data *ldata = tty->disc_data;

	ldata->read_head += count;
	smp_store_release(&ldata->commit_head, ldata->read_head);
	/*
	 * Order the store to ldata->commit_head before the wait-list test of
	 * tty->read_wait; pairs with set_current_state() in the waiter.
	 */
	smp_mb();
	if (ldata->read_head - ldata->read_tail >= ldata->min_to_wake &&
	    waitqueue_active(&tty->read_wait))
		wake_up_interruptible_poll(&tty->read_wait,
					   EPOLLIN | EPOLLRDNORM);
}
