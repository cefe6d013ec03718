// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: a called function that stores through the object the caller passes: a store
 *
 * check-output-start
testcases/callee-store-shared-arg.c:30:5-21: WARNING: store to ent->state in entry_release() (line 29) may be reordered after waitqueue_active(&ent->wait) in entry_wake(): a waiter can miss the wake-up; add smp_mb() before the check
 * check-output-end
 */

/*
 * Racy.  entry_release() stores e->state through its parameter and
 * returns; the caller tests the wait list of the same entry with no
 * barrier.  Unlike callee-store-local-arg.c, what is stored is shared.
 */
#include <linux/wait.h>

struct entry {
	wait_queue_head_t wait;
	int state;
};

static void entry_release(struct entry *e)
{
	e->state = 0;
}

static void __maybe_unused entry_wake(struct entry *ent)
{
	entry_release(ent);
	if (waitqueue_active(&ent->wait))
		wake_up(&ent->wait);
}
