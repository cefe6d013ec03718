// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: smp_store_release() is a store; the target is its pointer argument without &
 *
 * check-output-start
testcases/store-store-release.c:25:5-21: WARNING: store to fence->signaled (line 24) may be reordered after waitqueue_active(&fence->wait) in fence_signal(): a waiter can miss the wake-up; add smp_mb() before the check
 * check-output-end
 */

/*
 * Racy.  A RELEASE store keeps earlier accesses before it, but the later
 * load of the wait list may still be satisfied before the store is
 * visible.
 */
#include <linux/wait.h>

struct fence {
	wait_queue_head_t wait;
	bool signaled;
};

static void __maybe_unused fence_signal(struct fence *fence)
{
	smp_store_release(&fence->signaled, true);
	/*
	 * Order the store to fence->signaled before the wait-list test of
	 * fence->wait; pairs with set_current_state() in the waiter.
	 */
	smp_mb();
	if (waitqueue_active(&fence->wait))
		wake_up_all(&fence->wait);
}
