// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: smp_mb() on only one branch of an if: reported
 *
 * check-output-start
testcases/path-mb-one-branch.c:27:5-21: WARNING: store to d->done (line 24) may be reordered after waitqueue_active(&d->wait) in dev_complete(): a waiter can miss the wake-up; add smp_mb() before the check
 * check-output-end
 */

/*
 * Racy.  When d->sync is false the store reaches the test with no
 * barrier at all.
 */
#include <linux/wait.h>

struct dev {
	wait_queue_head_t wait;
	bool sync;
	bool done;
};

static void __maybe_unused dev_complete(struct dev *d)
{
	d->done = true;
	if (d->sync)
		smp_mb();
	/*
	 * Order the store to d->done before the wait-list test of d->wait;
	 * pairs with set_current_state() in the waiter.
	 */
	smp_mb();
	if (waitqueue_active(&d->wait))
		wake_up(&d->wait);
}
