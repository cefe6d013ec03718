// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: waitqueue_active() as a printk argument after a store: not reported
 *
 * check-output-start
 * check-output-end
 */

/*
 * Not a lost wake-up.  The test is only printed; the wake-up itself is
 * unconditional.
 */
#include <linux/printk.h>
#include <linux/wait.h>

struct link {
	wait_queue_head_t wait;
	int state;
};

static void __maybe_unused link_set_state(struct link *l, int state)
{
	l->state = state;
	pr_debug("link state %d, waiters %d\n", state,
		 waitqueue_active(&l->wait));
	wake_up(&l->wait);
}
