// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: list_splice() stores
 *
 * check-output-start
testcases/store-list-splice.c:25:5-21: WARNING: store to cq->done (line 24) may be reordered after waitqueue_active(&cq->wait) in cq_post_batch(): a waiter can miss the wake-up; add smp_mb() before the check
 * check-output-end
 */

/*
 * Racy.  The reaper sleeps until cq->done is not empty.
 */
#include <linux/list.h>
#include <linux/wait.h>

struct compq {
	wait_queue_head_t wait;
	struct list_head done;
};

static void __maybe_unused cq_post_batch(struct compq *cq,
					 struct list_head *batch)
{
	list_splice(batch, &cq->done);
	/*
	 * Order the list_splice() on cq->done before the wait-list test of
	 * cq->wait; pairs with set_current_state() in the waiter.
	 */
	smp_mb();
	if (waitqueue_active(&cq->wait))
		wake_up(&cq->wait);
}
