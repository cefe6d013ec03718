// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: negated check with an early return before the wake-up
 *
 * check-output-start
testcases/shape-negated-return.c:24:6-22: WARNING: store to c->done (line 23) may be reordered after waitqueue_active(&c->wait) in comp_signal(): a waiter can miss the wake-up; add smp_mb() before the check
 * check-output-end
 */

/*
 * Racy.  "if (!waitqueue_active()) return;" gates the wake_up() below
 * exactly like "if (waitqueue_active()) wake_up();".
 */
#include <linux/wait.h>

struct comp {
	wait_queue_head_t wait;
	unsigned int done;
};

static void __maybe_unused comp_signal(struct comp *c)
{
	c->done++;
	/*
	 * Order the store to c->done before the wait-list test of c->wait;
	 * pairs with set_current_state() in the waiter.
	 */
	smp_mb();
	if (!waitqueue_active(&c->wait))
		return;
	wake_up(&c->wait);
}
