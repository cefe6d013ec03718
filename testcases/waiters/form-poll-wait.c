// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: poll_wait(): the queue is the second argument, the reads are what the poll function reads after it, the sleep is the caller's (unknown)
 * check-command: cocci-waiters $file
 *
 * check-output-start
wqcheck-waiter-1	testcases/waiters/form-poll-wait.c	29	chardev_poll	poll_wait	&cd->readq	struct chardev		avail EPOLLIN EPOLLRDNORM hung_up EPOLLHUP				
 * check-output-end
 */

/*
 * A poll function: the task sleeps in select()/poll() on the queue
 * poll_wait() named, after the mask below said nothing was ready.
 */
#include <linux/poll.h>
#include <linux/wait.h>

struct chardev {
	wait_queue_head_t readq;
	unsigned int avail;
	bool hung_up;
};

static __poll_t __maybe_unused chardev_poll(struct chardev *cd,
					    struct file *file, poll_table *pt)
{
	__poll_t mask = 0;

	poll_wait(file, &cd->readq, pt);
	if (READ_ONCE(cd->avail))
		mask |= EPOLLIN | EPOLLRDNORM;
	if (READ_ONCE(cd->hung_up))
		mask |= EPOLLHUP;
	return mask;
}
