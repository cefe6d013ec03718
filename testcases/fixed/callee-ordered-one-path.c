// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: a called function with a path that meets no barrier orders nothing
 *
 * check-output-start
testcases/callee-ordered-one-path.c:40:2-13: WARNING: store to w->count (line 38) may be reordered after wake_up_var(q) in work_add(): a waiter can miss the wake-up; add smp_mb() before the check
 * check-output-end
 */

/*
 * Racy.  work_push() returns early, without llist_add(), when the item
 * is already queued; on that path w->count is not ordered before the
 * wake-up's test of the wait list.  Compare callee-ordered.c.
 */
#include <linux/llist.h>
#include <linux/wait.h>
#include <linux/wait_bit.h>

struct work_queue {
	struct llist_head list;
};

struct work_item {
	struct llist_node node;
	int count;
	int queued;
};

static bool work_push(struct work_item *w, struct work_queue *q)
{
	if (w->queued)
		return true;
	return llist_add(&w->node, &q->list);
}

static void __maybe_unused work_add(struct work_queue *q, struct work_item *w)
{
	w->count++;
	/*
	 * Order the store to w->count before the wait-list test in
	 * wake_up_var(); pairs with set_current_state() in the waiter.
	 */
	smp_mb();
	if (work_push(w, q))
		wake_up_var(q);
}
