// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: waitqueue_active() guarding wake_up_interruptible_sync_poll()
 *
 * check-output-start
testcases/wake-up-interruptible-sync-poll.c:25:5-21: WARNING: store to sk->rx_bytes (line 24) may be reordered after waitqueue_active(&sk->wq) in sk_data_ready(): a waiter can miss the wake-up; add smp_mb() before the check
 * check-output-end
 */

/*
 * Racy.  A receiver sleeping in recv() misses the data.
 */
#include <linux/poll.h>
#include <linux/wait.h>

struct sock_lite {
	wait_queue_head_t wq;
	unsigned int rx_bytes;
};

static void __maybe_unused sk_data_ready(struct sock_lite *sk,
					 unsigned int len)
{
	sk->rx_bytes += len;
	/*
	 * Order the store to sk->rx_bytes before the wait-list test of sk->wq;
	 * pairs with set_current_state() in the waiter.
	 */
	smp_mb();
	if (waitqueue_active(&sk->wq))
		wake_up_interruptible_sync_poll(&sk->wq,
						EPOLLIN | EPOLLRDNORM);
}
