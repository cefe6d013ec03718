// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: the check as the right operand of ||
 *
 * check-output-start
testcases/shape-or.c:23:14-30: WARNING: store to s->stop (line 22) may be reordered after waitqueue_active(&s->wait) in scan_stop(): a waiter can miss the wake-up; add smp_mb() before the check
 * check-output-end
 */

/*
 * Racy.  When "force" is false the unordered test alone decides.
 */
#include <linux/wait.h>

struct scanner {
	wait_queue_head_t wait;
	bool stop;
};

static void __maybe_unused scan_stop(struct scanner *s, bool force)
{
	s->stop = true;
	/*
	 * Order the store to s->stop before the wait-list test of s->wait;
	 * pairs with set_current_state() in the waiter.
	 */
	smp_mb();
	if (force || waitqueue_active(&s->wait))
		wake_up_all(&s->wait);
}
