// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: tty line discipline receive path, fixed: the wake-up no longer tests the list
 *
 * check-output-start
 * check-output-end
 */

/*
 * Not racy.  As the 2015 fix did, the lockless waitqueue_active() test is
 * gone: wake_up_interruptible_poll() takes the wait queue lock, which
 * pairs with the reader queueing itself.
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
	if (ldata->read_head - ldata->read_tail >= ldata->min_to_wake)
		wake_up_interruptible_poll(&tty->read_wait,
					   EPOLLIN | EPOLLRDNORM);
}
