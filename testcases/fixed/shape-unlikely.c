// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: the check wrapped in unlikely()
 *
 * check-output-start
testcases/shape-unlikely.c:23:14-30: WARNING: store to lock->owner (line 22) may be reordered after waitqueue_active(&lock->wait) in slock_release(): a waiter can miss the wake-up; add smp_mb() before the check
 * check-output-end
 */

/*
 * Racy.  A branch hint changes code layout, not memory ordering.
 */
#include <linux/wait.h>

struct sleep_lock {
	wait_queue_head_t wait;
	int owner;
};

static void __maybe_unused slock_release(struct sleep_lock *lock)
{
	WRITE_ONCE(lock->owner, 0);
	/*
	 * Order the store to lock->owner before the wait-list test of
	 * lock->wait; pairs with set_current_state() in the waiter.
	 */
	smp_mb();
	if (unlikely(waitqueue_active(&lock->wait)))
		wake_up(&lock->wait);
}
