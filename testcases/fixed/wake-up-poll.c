// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: waitqueue_active() guarding wake_up_poll()
 *
 * check-output-start
testcases/wake-up-poll.c:24:5-21: WARNING: store to efd->count (line 23) may be reordered after waitqueue_active(&efd->wqh) in efd_signal(): a waiter can miss the wake-up; add smp_mb() before the check
 * check-output-end
 */

/*
 * Racy.  poll() queues an entry on efd->wqh and then reads efd->count.
 */
#include <linux/poll.h>
#include <linux/wait.h>

struct evfd {
	wait_queue_head_t wqh;
	u64 count;
};

static void __maybe_unused efd_signal(struct evfd *efd, u64 n)
{
	efd->count += n;
	/*
	 * Order the store to efd->count before the wait-list test of efd->wqh;
	 * pairs with set_current_state() in the waiter.
	 */
	smp_mb();
	if (waitqueue_active(&efd->wqh))
		wake_up_poll(&efd->wqh, EPOLLIN);
}
