// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: smp_rmb() between the store and the check is not a full barrier: reported
 *
 * check-output-start
testcases/release-smp-rmb.c:25:5-21: WARNING: store to c->avail (line 23) may be reordered after waitqueue_active(&c->wait) in ch_put(): smp_rmb() on line 24 orders loads against loads only; replace it with smp_mb()
 * check-output-end
 */

/*
 * Racy.  A read barrier orders loads against loads; the earlier store
 * is not ordered against the load of the wait list.
 */
#include <linux/wait.h>

struct chute {
	wait_queue_head_t wait;
	int avail;
};

static void __maybe_unused ch_put(struct chute *c)
{
	c->avail++;
	/*
	 * Order the store to c->avail before the wait-list test of c->wait;
	 * pairs with set_current_state() in the waiter.
	 */
	smp_mb();
	if (waitqueue_active(&c->wait))
		wake_up(&c->wait);
}
