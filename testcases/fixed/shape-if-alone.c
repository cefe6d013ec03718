// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: the check alone in an if condition, with an else branch
 *
 * check-output-start
testcases/shape-if-alone.c:25:5-21: WARNING: store to rq->in_flight (line 24) may be reordered after waitqueue_active(&rq->wait) in rq_done(): a waiter can miss the wake-up; add smp_mb() before the check
 * check-output-end
 */

/*
 * Racy.  The else branch does not change anything: the wake-up is still
 * decided by the unordered test.
 */
#include <linux/wait.h>

struct reqq {
	wait_queue_head_t wait;
	unsigned int in_flight;
	unsigned long idle_skips;
};

static void __maybe_unused rq_done(struct reqq *rq)
{
	rq->in_flight--;
	/*
	 * Order the store to rq->in_flight before the wait-list test of
	 * rq->wait; pairs with set_current_state() in the waiter.
	 */
	smp_mb();
	if (waitqueue_active(&rq->wait)) {
		wake_up(&rq->wait);
	} else {
		rq->idle_skips++;
	}
}
