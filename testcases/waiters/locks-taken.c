// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: locks: a lock taken in the function and not released before the enqueue is held there (root_type|expr)
 * check-command: cocci-waiters $file
 *
 * check-output-start
wqcheck-waiter-1	testcases/waiters/locks-taken.c	31	slot_wait	prepare_to_wait	&req->wait	struct request_slot		complete	struct request_slot|&req->lock	none		
 * check-output-end
 */

/*
 * The waiter enqueues and tests under req->lock, and drops it only to
 * sleep: a waker that tests the queue under the same lock cannot miss
 * it. The lock comes from the path spin_lock() ... prepare_to_wait().
 */
#include <linux/spinlock.h>
#include <linux/wait.h>

struct request_slot {
	spinlock_t lock;
	wait_queue_head_t wait;
	bool complete;
};

static void __maybe_unused slot_wait(struct request_slot *req)
{
	DEFINE_WAIT(wait);

	spin_lock_irq(&req->lock);
	for (;;) {
		prepare_to_wait(&req->wait, &wait, TASK_UNINTERRUPTIBLE);
		if (req->complete)
			break;
		spin_unlock_irq(&req->lock);
		schedule();
		spin_lock_irq(&req->lock);
	}
	finish_wait(&req->wait, &wait);
	spin_unlock_irq(&req->lock);
}
