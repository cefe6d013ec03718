// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: a called function's store counts when one path to its end has no barrier
 *
 * check-output-start
testcases/callee-store-barrier-one-path.c:49:5-21: WARNING: store to next->waiting in port_claim() (line 48) may be reordered after waitqueue_active(&next->wait_q) in port_release(): a waiter can miss the wake-up; add smp_mb() before the check
 * check-output-end
 */

/*
 * Racy.  port_claim() clears dev->waiting and returns 0 on the path
 * that takes the port; only the path that queues the device meets a
 * fully ordered test_and_set_bit().  The store reaches the caller's
 * test of the wait list, and the waiter in this file reads it (the
 * search from each store goes on past the next one, dev->claims).
 * Compare callee-store-barrier-all-paths.c.
 */
#include <linux/bitops.h>
#include <linux/spinlock.h>
#include <linux/wait.h>

struct port_dev {
	wait_queue_head_t wait_q;
	spinlock_t lock;
	unsigned long waiting;
	int busy;
	int claims;
};

static int port_claim(struct port_dev *dev)
{
	spin_lock(&dev->lock);
	if (dev->busy)
		goto blocked;
	dev->waiting = 0;
	dev->claims++;
	spin_unlock(&dev->lock);
	return 0;

blocked:
	test_and_set_bit(0, &dev->waiting);
	spin_unlock(&dev->lock);
	return -1;
}

static void __maybe_unused port_release(struct port_dev *next)
{
	port_claim(next);
	if (waitqueue_active(&next->wait_q))
		wake_up_interruptible(&next->wait_q);
}

static void __maybe_unused port_wait(struct port_dev *next)
{
	wait_event_interruptible(next->wait_q, !next->waiting);
}
