// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: two unordered stores before the check: the last one is reported
 *
 * check-output-start
testcases/path-two-stores.c:26:5-21: WARNING: store to c->status (line 25) may be reordered after waitqueue_active(&c->wait) in call_done(): a waiter can miss the wake-up; add smp_mb() before the check
 * check-output-end
 */

/*
 * Racy.  Both stores can be passed by the load; one finding names the
 * last of them.  One smp_mb() before the test fixes both.
 */
#include <linux/wait.h>

struct call {
	wait_queue_head_t wait;
	int reply_len;
	int status;
};

static void __maybe_unused call_done(struct call *c, int len, int status)
{
	c->reply_len = len;
	c->status = status;
	/*
	 * Order the store to c->status before the wait-list test of c->wait;
	 * pairs with set_current_state() in the waiter.
	 */
	smp_mb();
	if (waitqueue_active(&c->wait))
		wake_up(&c->wait);
}
