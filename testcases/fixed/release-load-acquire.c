// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: smp_load_acquire() between the store and the check orders nothing before it: reported
 *
 * check-output-start
testcases/release-load-acquire.c:27:5-21: WARNING: store to w->posted (line 24) may be reordered after waitqueue_active(&w->wait) in w_post(): a waiter can miss the wake-up; add smp_mb() before the check
 * check-output-end
 */

/*
 * Racy.  An ACQUIRE load keeps later accesses after itself, but the
 * earlier store may still be in the store buffer when both loads run.
 */
#include <linux/wait.h>

struct worker {
	wait_queue_head_t wait;
	int posted;
	int enabled;
};

static void __maybe_unused w_post(struct worker *w)
{
	w->posted = 1;
	if (!smp_load_acquire(&w->enabled))
		return;
	/*
	 * Order the store to w->posted before the wait-list test of w->wait;
	 * pairs with set_current_state() in the waiter.
	 */
	smp_mb();
	if (waitqueue_active(&w->wait))
		wake_up(&w->wait);
}
