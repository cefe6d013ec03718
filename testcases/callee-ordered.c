// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: a called function that meets a fully ordered atomic on every path orders the stores before it
 *
 * check-output-start
 * check-output-end
 */

/*
 * Not racy.  work_push() returns llist_add()'s result: the cmpxchg of
 * llist_add() is fully ordered, so w->count, stored before the call, is
 * visible before the wake-up tests the wait list.  Compare
 * callee-ordered-one-path.c.
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
};

static bool work_push(struct llist_node *n, struct work_queue *q)
{
	return llist_add(n, &q->list);
}

static void __maybe_unused work_add(struct work_queue *q, struct work_item *w)
{
	w->count++;
	if (work_push(&w->node, q))
		wake_up_var(q);
}
