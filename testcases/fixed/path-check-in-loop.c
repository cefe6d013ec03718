// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: store and check inside the same loop body: reported
 *
 * check-output-start
testcases/path-check-in-loop.c:29:6-22: WARNING: store to c->done (line 28) may be reordered after waitqueue_active(&c->wait) in children_finish(): a waiter can miss the wake-up; add smp_mb() before the check
 * check-output-end
 */

/*
 * Racy.  Each child's store and test are unordered within the
 * iteration.
 */
#include <linux/list.h>
#include <linux/wait.h>

struct child {
	struct list_head node;
	wait_queue_head_t wait;
	bool done;
};

static void __maybe_unused children_finish(struct list_head *children)
{
	struct child *c;

	list_for_each_entry(c, children, node) {
		c->done = true;
		/*
		 * Order the store to c->done before the wait-list test of
		 * c->wait; pairs with set_current_state() in the waiter.
		 */
		smp_mb();
		if (waitqueue_active(&c->wait))
			wake_up(&c->wait);
	}
}
