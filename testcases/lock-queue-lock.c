// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: check made while holding the queue's own lock (spin_lock(&q->lock)): not reported
 *
 * check-output-start
 * check-output-end
 */

/*
 * Not racy.  prepare_to_wait() queues the waiter under q->lock.  If the
 * waiter's critical section came first, the test (made after acquiring
 * the lock) sees it queued; if the waker's came first, its unlock
 * publishes sig->raised (stored before it) to the waiter's lock.
 */
#include <linux/wait.h>

struct sig {
	wait_queue_head_t wait;
	bool raised;
};

static void __maybe_unused sig_raise(struct sig *sig)
{
	struct wait_queue_head *q = &sig->wait;

	sig->raised = true;
	spin_lock(&q->lock);
	if (waitqueue_active(q))
		wake_up_locked(q);
	spin_unlock(&q->lock);
}
