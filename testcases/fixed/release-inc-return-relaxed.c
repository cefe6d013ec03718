// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: a _relaxed value-returning atomic is unordered: reported
 *
 * check-output-start
testcases/release-inc-return-relaxed.c:27:5-21: WARNING: store to sq->tail (line 26) may be reordered after waitqueue_active(&sq->wait) in sq_push(): a waiter can miss the wake-up; add smp_mb__after_atomic() before the check
 * check-output-end
 */

/*
 * Racy.  atomic_inc_return() would be fully ordered; the _relaxed form
 * returns the value but orders nothing.
 */
#include <linux/atomic.h>
#include <linux/wait.h>

struct subq {
	wait_queue_head_t wait;
	atomic_t tail;
};

static int __maybe_unused sq_push(struct subq *sq)
{
	int pos;

	pos = atomic_inc_return_relaxed(&sq->tail);
	/*
	 * Order the atomic_inc_return_relaxed() on sq->tail before the
	 * wait-list test of sq->wait; pairs with set_current_state() in the
	 * waiter.
	 */
	smp_mb__after_atomic();
	if (waitqueue_active(&sq->wait))
		wake_up(&sq->wait);
	return pos;
}
