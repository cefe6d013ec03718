// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: waitqueue_active() guarding wake_up_process() of the first queued waiter
 *
 * check-output-start
testcases/wake-process-first-waiter.c:27:5-21: WARNING: store to ep->ready (line 26) may be reordered after waitqueue_active(&ep->wait) in ep_kick(): a waiter can miss the wake-up; add smp_mb() before the check
 * check-output-end
 */

/*
 * Racy.  The wake-up is open-coded: take the queue lock, pick the first
 * waiter, wake its task.  The lock is taken only when the lockless test
 * saw a waiter, and that test is not ordered after ep->ready.
 */
#include <linux/wait.h>

struct endpoint {
	wait_queue_head_t wait;
	bool ready;
};

static void __maybe_unused ep_kick(struct endpoint *ep)
{
	struct wait_queue_entry *w;

	ep->ready = true;
	/*
	 * Order the store to ep->ready before the wait-list test of ep->wait;
	 * pairs with set_current_state() in the waiter.
	 */
	smp_mb();
	if (waitqueue_active(&ep->wait)) {
		spin_lock(&ep->wait.lock);
		if (!list_empty(&ep->wait.head)) {
			w = list_first_entry(&ep->wait.head,
					     struct wait_queue_entry, entry);
			wake_up_process(w->private);
		}
		spin_unlock(&ep->wait.lock);
	}
}
