// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: check made while holding some other lock: reported
 *
 * check-output-start
testcases/lock-other-lock.c:27:5-21: WARNING: store to b->count (line 26) may be reordered after waitqueue_active(&b->wait) in bucket_put(): a waiter can miss the wake-up; add smp_mb() before the check
 * check-output-end
 */

/*
 * Racy.  b->lock is not the wait queue lock, and the waiter below does
 * not take it: holding it orders nothing the waiter can see.
 */
#include <linux/spinlock.h>
#include <linux/wait.h>

struct bucket {
	spinlock_t lock;
	wait_queue_head_t wait;
	int count;
};

static void __maybe_unused bucket_put(struct bucket *b)
{
	spin_lock(&b->lock);
	b->count--;
	/*
	 * Order the store to b->count before the wait-list test of b->wait;
	 * pairs with the barrier in wait_event() in bucket_drain().
	 */
	smp_mb();
	if (waitqueue_active(&b->wait))
		wake_up(&b->wait);
	spin_unlock(&b->lock);
}

static void __maybe_unused bucket_drain(struct bucket *b)
{
	wait_event(b->wait, READ_ONCE(b->count) == 0);
}
