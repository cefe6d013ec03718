// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: hlist_add_head() stores
 *
 * check-output-start
testcases/store-hlist-add-head.c:29:5-21: WARNING: store to bucket->chain (line 28) may be reordered after waitqueue_active(&bucket->wait) in bucket_insert(): a waiter can miss the wake-up; add smp_mb() before the check
 * check-output-end
 */

/*
 * Racy.  A lookup that found nothing sleeps until the chain changes.
 */
#include <linux/list.h>
#include <linux/wait.h>

struct hentry {
	struct hlist_node hnode;
};

struct hbucket {
	wait_queue_head_t wait;
	struct hlist_head chain;
};

static void __maybe_unused bucket_insert(struct hbucket *bucket,
					 struct hentry *e)
{
	hlist_add_head(&e->hnode, &bucket->chain);
	/*
	 * Order the hlist_add_head() on bucket->chain before the wait-list test
	 * of bucket->wait; pairs with set_current_state() in the waiter.
	 */
	smp_mb();
	if (waitqueue_active(&bucket->wait))
		wake_up_all(&bucket->wait);
}
