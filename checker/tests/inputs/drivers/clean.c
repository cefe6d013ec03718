// SPDX-License-Identifier: GPL-2.0-only
/* Correct code: a full barrier, or wq_has_sleeper(). Nothing to report. */
#include <linux/wait.h>

struct dev {
	int ready;
	wait_queue_head_t wait;
};

static void dev_ready(struct dev *d)
{
	d->ready = 1;
	smp_mb();
	if (waitqueue_active(&d->wait))
		wake_up(&d->wait);
}

static void dev_ready2(struct dev *d)
{
	d->ready = 2;
	if (wq_has_sleeper(&d->wait))
		wake_up(&d->wait);
}
