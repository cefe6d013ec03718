// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: the check as the right operand of &&
 *
 * check-output-start
testcases/shape-and.c:27:28-44: WARNING: store to n->count (line 26) may be reordered after waitqueue_active(&n->wait) in notify_add(): a waiter can miss the wake-up; add smp_mb() before the check
 * check-output-end
 */

/*
 * Racy.  The left operand is a plain load, no barrier; when it is true
 * the unordered test decides the wake-up.
 */
#include <linux/wait.h>

#define N_WAKE 0x1

struct notifier {
	wait_queue_head_t wait;
	unsigned int flags;
	int count;
};

static void __maybe_unused notify_add(struct notifier *n)
{
	n->count++;
	/*
	 * Order the store to n->count before the wait-list test of n->wait;
	 * pairs with set_current_state() in the waiter.
	 */
	smp_mb();
	if ((n->flags & N_WAKE) && waitqueue_active(&n->wait))
		wake_up(&n->wait);
}
