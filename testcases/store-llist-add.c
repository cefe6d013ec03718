// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: llist_add() is a fully ordered cmpxchg loop: not reported
 *
 * check-output-start
 * check-output-end
 */

/*
 * Not racy.  llist_add() publishes the node with a cmpxchg that is
 * retried until it succeeds, and a successful cmpxchg is fully ordered
 * (Documentation/atomic_t.txt): the load of the wait list cannot pass
 * it.  Compare store-llist-add-nonatomic.c.
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

static void __maybe_unused defer_push(struct deferred *d,
				      struct defer_item *item)
{
	llist_add(&item->node, &d->list);
	if (waitqueue_active(&d->wait))
		wake_up(&d->wait);
}
