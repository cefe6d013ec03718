// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: __llist_add() is plain stores, unlike llist_add()
 *
 * check-output-start
testcases/store-llist-add-nonatomic.c:31:5-21: WARNING: store to d->list (line 30) may be reordered after waitqueue_active(&d->wait) in defer_push_locked(): a waiter can miss the wake-up; add smp_mb() before the check
 * check-output-end
 */

/*
 * Racy.  The non-atomic __llist_add() (producers serialised by the
 * caller) is two plain stores; the consumer that sleeps until d->list
 * is not empty can miss it.
 */
#include <linux/llist.h>
#include <linux/wait.h>

struct defer_item {
	struct llist_node node;
};

struct deferred {
	wait_queue_head_t wait;
	struct llist_head list;
};

static void __maybe_unused defer_push_locked(struct deferred *d,
					     struct defer_item *item)
{
	__llist_add(&item->node, &d->list);
	/*
	 * Order the store to d->list before the wait-list test of d->wait;
	 * pairs with set_current_state() in the waiter.
	 */
	smp_mb();
	if (waitqueue_active(&d->wait))
		wake_up(&d->wait);
}
