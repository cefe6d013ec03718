// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: smp_wmb() between the store and the check is not a full barrier: reported
 *
 * check-output-start
testcases/release-smp-wmb-between.c:25:5-21: WARNING: store to job->done (line 23) may be reordered after waitqueue_active(&job->wait) in job_finish(): smp_wmb() on line 24 orders stores against stores only; replace it with smp_mb()
 * check-output-end
 */

/*
 * Racy.  A write barrier orders stores against stores; the check is a
 * load, which may still be satisfied before job->done is visible.
 */
#include <linux/wait.h>

struct job {
	wait_queue_head_t wait;
	bool done;
};

static void __maybe_unused job_finish(struct job *job)
{
	job->done = true;
	/*
	 * Order the store to job->done before the wait-list test of job->wait;
	 * pairs with set_current_state() in the waiter.
	 */
	smp_mb();
	if (waitqueue_active(&job->wait))
		wake_up(&job->wait);
}
