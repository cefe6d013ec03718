// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: compound assignment (|=) setting a flag
 *
 * check-output-start
testcases/store-or-assign.c:26:5-21: WARNING: store to job->flags (line 25) may be reordered after waitqueue_active(&job->wait) in job_cancel(): a waiter can miss the wake-up; add smp_mb() before the check
 * check-output-end
 */

/*
 * Racy.  The waiter tests job->flags & JOB_CANCELLED after queueing
 * itself; the |= store is unordered against the load of the list.
 */
#include <linux/wait.h>

#define JOB_CANCELLED 0x1

struct job {
	wait_queue_head_t wait;
	unsigned int flags;
};

static void __maybe_unused job_cancel(struct job *job)
{
	job->flags |= JOB_CANCELLED;
	/*
	 * Order the store to job->flags before the wait-list test of job->wait;
	 * pairs with set_current_state() in the waiter.
	 */
	smp_mb();
	if (waitqueue_active(&job->wait))
		wake_up(&job->wait);
}
