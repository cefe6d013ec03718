// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: negated check with an early return, after smp_mb(): not reported
 *
 * check-output-start
 * check-output-end
 */

/*
 * Not racy.  Twin of shape-negated-return.c with the barrier in place.
 */
#include <linux/wait.h>

struct comp {
	wait_queue_head_t wait;
	unsigned int done;
};

static void __maybe_unused comp_signal(struct comp *c)
{
	c->done++;
	smp_mb();
	if (!waitqueue_active(&c->wait))
		return;
	wake_up(&c->wait);
}
