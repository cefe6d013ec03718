// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: __llist_add() before && in the same condition is plain stores: reported
 *
 * check-output-start
testcases/barrier-cond-llist-add-nonatomic.c:32:43-59: WARNING: store to d->queued (line 31) may be reordered after waitqueue_active(&d->wait) in defer_push_locked(): a waiter can miss the wake-up; add smp_mb() before the check
 * check-output-end
 */

/*
 * Racy.  The non-atomic __llist_add() (producers serialised by the
 * caller) is plain stores and orders nothing: the load of the wait list
 * can pass the store of d->queued.  Compare barrier-cond-llist-add.c.
 */
#include <linux/llist.h>
#include <linux/wait.h>

struct defer_item {
	struct llist_node node;
};

struct deferred {
	wait_queue_head_t wait;
	struct llist_head list;
	unsigned long queued;
};

static void __maybe_unused defer_push_locked(struct deferred *d,
					     struct defer_item *item)
{
	d->queued++;
	if (__llist_add(&item->node, &d->list) && waitqueue_active(&d->wait))
		wake_up(&d->wait);
}
