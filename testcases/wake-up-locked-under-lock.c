// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: wake_up_locked() with the check under the queue's own lock: not reported
 *
 * check-output-start
 * check-output-end
 */

/*
 * Not racy.  The store and the test are both made under ev->wait.lock,
 * the lock prepare_to_wait() takes to queue the waiter: either the
 * waiter queued itself first and the test sees it, or it queues itself
 * after and then sees ev->signaled.
 */
#include <linux/wait.h>

struct event {
	wait_queue_head_t wait;
	bool signaled;
};

static void __maybe_unused ev_set(struct event *ev)
{
	spin_lock(&ev->wait.lock);
	ev->signaled = true;
	if (waitqueue_active(&ev->wait))
		wake_up_locked(&ev->wait);
	spin_unlock(&ev->wait.lock);
}
