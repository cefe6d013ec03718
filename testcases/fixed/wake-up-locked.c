// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: wake_up_locked() after a lockless check: the check is outside the queue lock
 *
 * check-output-start
testcases/wake-up-locked.c:25:5-21: WARNING: store to ev->signaled (line 24) may be reordered after waitqueue_active(&ev->wait) in ev_set(): a waiter can miss the wake-up; add smp_mb() before the check
 * check-output-end
 */

/*
 * Racy.  wake_up_locked() is called under ev->wait.lock, but the test
 * that decides whether to take the lock at all is made before it, with
 * nothing ordering it after the store.
 */
#include <linux/wait.h>

struct event {
	wait_queue_head_t wait;
	bool signaled;
};

static void __maybe_unused ev_set(struct event *ev)
{
	ev->signaled = true;
	/*
	 * Order the store to ev->signaled before the wait-list test of
	 * ev->wait; pairs with set_current_state() in the waiter.
	 */
	smp_mb();
	if (waitqueue_active(&ev->wait)) {
		spin_lock(&ev->wait.lock);
		wake_up_locked(&ev->wait);
		spin_unlock(&ev->wait.lock);
	}
}
