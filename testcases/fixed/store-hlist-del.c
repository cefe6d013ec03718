// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: hlist_del() stores
 *
 * check-output-start
testcases/store-hlist-del.c:27:5-21: WARNING: store to e->hnode (line 26) may be reordered after waitqueue_active(&tbl->unhash_wait) in entry_unhash(): a waiter can miss the wake-up; add smp_mb() before the check
 * check-output-end
 */

/*
 * Racy.  The waiter sleeps until the entry is unhashed.
 */
#include <linux/list.h>
#include <linux/wait.h>

struct hentry {
	struct hlist_node hnode;
};

struct htable {
	wait_queue_head_t unhash_wait;
};

static void __maybe_unused entry_unhash(struct htable *tbl, struct hentry *e)
{
	hlist_del(&e->hnode);
	/*
	 * Order the hlist_del() on e->hnode before the wait-list test of
	 * tbl->unhash_wait; pairs with set_current_state() in the waiter.
	 */
	smp_mb();
	if (waitqueue_active(&tbl->unhash_wait))
		wake_up_all(&tbl->unhash_wait);
}
