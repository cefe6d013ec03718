// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: fully ordered llist_add() before && in the same condition: not reported
 *
 * check-output-start
 * check-output-end
 */

/*
 * Not racy.  && evaluates llist_add() first; its cmpxchg, retried until
 * it succeeds, is fully ordered, so the store of d->queued is visible
 * before the wait list is loaded.  The rules once knew llist_add() as a
 * barrier only as a statement of its own, and reported this.  Compare
 * barrier-cond-llist-add-nonatomic.c.
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

static void __maybe_unused defer_push(struct deferred *d,
				      struct defer_item *item)
{
	d->queued++;
	if (llist_add(&item->node, &d->list) && waitqueue_active(&d->wait))
		wake_up(&d->wait);
}
