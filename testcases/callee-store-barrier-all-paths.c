// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: a called function that orders its store on every path: no store at its call
 *
 * check-output-start
 * check-output-end
 */

/*
 * Not racy.  port_claim() ends both of its paths in a fully ordered
 * test_and_clear_bit() after clearing dev->waiting, so the store is
 * visible before the caller tests the wait list.  Compare
 * callee-store-barrier-one-path.c.
 */
#include <linux/bitops.h>
#include <linux/spinlock.h>
#include <linux/wait.h>

struct port_dev {
	wait_queue_head_t wait_q;
	spinlock_t lock;
	unsigned long waiting;
	unsigned long flags;
	int busy;
};

static int port_claim(struct port_dev *dev)
{
	int ret = 0;

	spin_lock(&dev->lock);
	dev->waiting = 0;
	if (dev->busy)
		ret = -1;
	spin_unlock(&dev->lock);
	if (ret)
		return test_and_clear_bit(1, &dev->flags) ? ret : -2;
	test_and_clear_bit(0, &dev->flags);
	return 0;
}

static void __maybe_unused port_release(struct port_dev *next)
{
	port_claim(next);
	if (waitqueue_active(&next->wait_q))
		wake_up_interruptible(&next->wait_q);
}
