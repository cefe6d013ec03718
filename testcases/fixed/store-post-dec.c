// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: postfix decrement of a shared counter
 *
 * check-output-start
testcases/store-post-dec.c:23:5-21: WARNING: store to port->tx_inflight (line 22) may be reordered after waitqueue_active(&port->tx_wait) in port_tx_done(): a waiter can miss the wake-up; add smp_mb() before the check
 * check-output-end
 */

/*
 * Racy.  A writer sleeps while tx_inflight is at its limit.
 */
#include <linux/wait.h>

struct port {
	wait_queue_head_t tx_wait;
	unsigned int tx_inflight;
};

static void __maybe_unused port_tx_done(struct port *port)
{
	port->tx_inflight--;
	/*
	 * Order the store to port->tx_inflight before the wait-list test of
	 * port->tx_wait; pairs with set_current_state() in the waiter.
	 */
	smp_mb();
	if (waitqueue_active(&port->tx_wait))
		wake_up_interruptible(&port->tx_wait);
}
