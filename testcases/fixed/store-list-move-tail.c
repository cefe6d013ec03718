// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: list_move_tail() stores
 *
 * check-output-start
testcases/store-list-move-tail.c:30:5-21: WARNING: store to sched->ready (line 29) may be reordered after waitqueue_active(&sched->wait) in job_make_ready(): a waiter can miss the wake-up; add smp_mb() before the check
 * check-output-end
 */

/*
 * Racy.  The dispatcher sleeps until sched->ready is not empty.
 */
#include <linux/list.h>
#include <linux/wait.h>

struct sjob {
	struct list_head link;
};

struct sched_q {
	wait_queue_head_t wait;
	struct list_head blocked;
	struct list_head ready;
};

static void __maybe_unused job_make_ready(struct sched_q *sched,
					  struct sjob *job)
{
	list_move_tail(&job->link, &sched->ready);
	/*
	 * Order the list_move_tail() on sched->ready before the wait-list test
	 * of sched->wait; pairs with set_current_state() in the waiter.
	 */
	smp_mb();
	if (waitqueue_active(&sched->wait))
		wake_up(&sched->wait);
}
