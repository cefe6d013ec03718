// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: list_add_tail() stores
 *
 * check-output-start
testcases/store-list-add-tail.c:28:5-21: WARNING: store to q->items (line 27) may be reordered after waitqueue_active(&q->wait) in q_enqueue(): a waiter can miss the wake-up; add smp_mb() before the check
 * check-output-end
 */

/*
 * Racy.  The consumer sleeps until q->items is not empty.
 */
#include <linux/list.h>
#include <linux/wait.h>

struct item {
	struct list_head link;
};

struct fifo {
	wait_queue_head_t wait;
	struct list_head items;
};

static void __maybe_unused q_enqueue(struct fifo *q, struct item *it)
{
	list_add_tail(&it->link, &q->items);
	/*
	 * Order the list_add_tail() on q->items before the wait-list test of
	 * q->wait; pairs with set_current_state() in the waiter.
	 */
	smp_mb();
	if (waitqueue_active(&q->wait))
		wake_up_interruptible(&q->wait);
}
