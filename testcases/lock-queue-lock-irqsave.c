// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: store and check under spin_lock_irqsave() of the queue's own lock: not reported
 *
 * check-output-start
 * check-output-end
 */

/*
 * Not racy.  The test is serialised against the waiter queueing itself
 * by the wait queue lock.
 */
#include <linux/wait.h>

struct tty_port_lite {
	wait_queue_head_t open_wait;
	int count;
};

static void __maybe_unused port_hangup(struct tty_port_lite *port)
{
	unsigned long flags;

	spin_lock_irqsave(&port->open_wait.lock, flags);
	port->count = 0;
	if (waitqueue_active(&port->open_wait))
		wake_up_locked(&port->open_wait);
	spin_unlock_irqrestore(&port->open_wait.lock, flags);
}
