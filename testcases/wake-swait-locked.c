// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: swait_active() under the simple wait queue's own lock: not reported
 *
 * check-output-start
 * check-output-end
 */

/*
 * Not racy.  The store and the test are under q->lock, the lock the
 * waiter takes to queue itself.
 */
#include <linux/swait.h>

struct completion_lite {
	struct swait_queue_head wait;
	unsigned int done;
};

static void __maybe_unused cl_complete(struct completion_lite *c)
{
	unsigned long flags;

	raw_spin_lock_irqsave(&c->wait.lock, flags);
	c->done++;
	if (swait_active(&c->wait))
		swake_up_locked(&c->wait, 0);
	raw_spin_unlock_irqrestore(&c->wait.lock, flags);
}
