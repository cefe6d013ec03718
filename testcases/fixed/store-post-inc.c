// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: postfix increment of a shared counter
 *
 * check-output-start
testcases/store-post-inc.c:23:5-21: WARNING: store to q->completed (line 22) may be reordered after waitqueue_active(&q->done_wait) in q_retire(): a waiter can miss the wake-up; add smp_mb() before the check
 * check-output-end
 */

/*
 * Racy.  The waiter waits for q->completed to reach a target value.
 */
#include <linux/wait.h>

struct cmdq {
	wait_queue_head_t done_wait;
	unsigned int completed;
};

static void __maybe_unused q_retire(struct cmdq *q)
{
	q->completed++;
	/*
	 * Order the store to q->completed before the wait-list test of
	 * q->done_wait; pairs with set_current_state() in the waiter.
	 */
	smp_mb();
	if (waitqueue_active(&q->done_wait))
		wake_up(&q->done_wait);
}
