// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: list_del() stores; with one argument, that argument is the target
 *
 * check-output-start
testcases/store-list-del.c:29:5-21: WARNING: store to tmr->node (line 28) may be reordered after waitqueue_active(&base->idle_wait) in timer_detach(): a waiter can miss the wake-up; add smp_mb() before the check
 * check-output-end
 */

/*
 * Racy.  A waiter sleeps until base->active is empty; removing the last
 * timer is plain stores to the neighbours' links.
 */
#include <linux/list.h>
#include <linux/wait.h>

struct tmr {
	struct list_head node;
};

struct tmr_base {
	wait_queue_head_t idle_wait;
	struct list_head active;
};

static void __maybe_unused timer_detach(struct tmr_base *base, struct tmr *tmr)
{
	list_del(&tmr->node);
	/*
	 * Order the list_del() on tmr->node before the wait-list test of
	 * base->idle_wait; pairs with set_current_state() in the waiter.
	 */
	smp_mb();
	if (waitqueue_active(&base->idle_wait))
		wake_up(&base->idle_wait);
}
