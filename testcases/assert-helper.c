// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: a status helper that returns waitqueue_active(): not reported
 *
 * check-output-start
 * check-output-end
 */

/*
 * Not a lost wake-up.  dev_busy() only reports status to its caller (for
 * a sysfs-like read); nothing uses it to decide whether to wake anyone.
 * The bookkeeping store before it does not matter to any waiter.
 */
#include <linux/printk.h>
#include <linux/wait.h>

struct dev {
	wait_queue_head_t wait;
	unsigned long polls;
};

static bool dev_busy(struct dev *d)
{
	d->polls++;
	return waitqueue_active(&d->wait);
}

static int __maybe_unused dev_show_busy(struct dev *d)
{
	return printk("%d\n", dev_busy(d));
}
