// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: list_del_init() stores
 *
 * check-output-start
testcases/store-list-del-init.c:26:5-21: WARNING: store to w->entry (line 25) may be reordered after waitqueue_active(&w->owner_wait) in watch_remove(): a waiter can miss the wake-up; add smp_mb() before the check
 * check-output-end
 */

/*
 * Racy.  The owner sleeps until list_empty(&w->entry), i.e. until the
 * watch is unlinked; that store may not be visible when the waker reads
 * the wait list.
 */
#include <linux/list.h>
#include <linux/wait.h>

struct watch {
	wait_queue_head_t owner_wait;
	struct list_head entry;
};

static void __maybe_unused watch_remove(struct watch *w)
{
	list_del_init(&w->entry);
	/*
	 * Order the list_del_init() on w->entry before the wait-list test of
	 * w->owner_wait; pairs with set_current_state() in the waiter.
	 */
	smp_mb();
	if (waitqueue_active(&w->owner_wait))
		wake_up(&w->owner_wait);
}
