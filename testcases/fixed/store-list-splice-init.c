// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: list_splice_init() stores
 *
 * check-output-start
testcases/store-list-splice-init.c:26:5-21: WARNING: store to rx->queue (line 25) may be reordered after waitqueue_active(&rx->wait) in rx_flush_local(): a waiter can miss the wake-up; add smp_mb() before the check
 * check-output-end
 */

/*
 * Racy.  Packets gathered on a local list are handed over in one go;
 * the reader sleeps until rx->queue is not empty.
 */
#include <linux/list.h>
#include <linux/wait.h>

struct rx_ring {
	wait_queue_head_t wait;
	struct list_head queue;
	struct list_head local;
};

static void __maybe_unused rx_flush_local(struct rx_ring *rx)
{
	list_splice_init(&rx->local, &rx->queue);
	/*
	 * Order the list_splice_init() on rx->queue before the wait-list test
	 * of rx->wait; pairs with set_current_state() in the waiter.
	 */
	smp_mb();
	if (waitqueue_active(&rx->wait))
		wake_up_interruptible(&rx->wait);
}
