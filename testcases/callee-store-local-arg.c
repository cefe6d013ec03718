// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: a called function that stores only into a local of the caller: no store
 *
 * check-output-start
 * check-output-end
 */

/*
 * Not racy.  entry_queue() fills in the caller's own key, a local
 * variable given by address, and the waiter never sees it: there is no
 * store for the waiter to miss here, and the check is left to the
 * callers (a store-in-caller finding at low confidence).  Compare
 * callee-store-shared-arg.c.
 */
#include <linux/wait.h>

struct entry_key {
	void *xa;
	unsigned long start;
};

struct entry_table {
	wait_queue_head_t wait[16];
	void *xa;
};

static wait_queue_head_t *entry_queue(struct entry_table *t,
				      unsigned long index,
				      struct entry_key *key)
{
	key->xa = t->xa;
	key->start = index;
	return &t->wait[index % 16];
}

static void __maybe_unused entry_wake(struct entry_table *t,
				      unsigned long index)
{
	struct entry_key key;
	wait_queue_head_t *wq;

	wq = entry_queue(t, index, &key);
	if (waitqueue_active(wq))
		__wake_up(wq, TASK_NORMAL, 1, &key);
}
