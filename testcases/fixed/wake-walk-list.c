// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: waitqueue_active() guarding a block that walks the wait list and wakes each task
 *
 * check-output-start
testcases/wake-walk-list.c:26:5-21: WARNING: store to grp->epoch (line 25) may be reordered after waitqueue_active(&grp->wait) in grp_advance(): a waiter can miss the wake-up; add smp_mb() before the check
 * check-output-end
 */

/*
 * Racy.  Same race as with wake_up_all(): the walk only happens when the
 * unordered test saw a waiter.
 */
#include <linux/wait.h>

struct group {
	wait_queue_head_t wait;
	unsigned long epoch;
};

static void __maybe_unused grp_advance(struct group *grp)
{
	struct wait_queue_entry *w;

	grp->epoch++;
	/*
	 * Order the store to grp->epoch before the wait-list test of grp->wait;
	 * pairs with set_current_state() in the waiter.
	 */
	smp_mb();
	if (waitqueue_active(&grp->wait)) {
		spin_lock(&grp->wait.lock);
		list_for_each_entry(w, &grp->wait.head, entry)
			wake_up_process(w->private);
		spin_unlock(&grp->wait.lock);
	}
}
