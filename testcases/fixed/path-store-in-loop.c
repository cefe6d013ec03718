// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: store inside a loop, check after the loop: reported
 *
 * check-output-start
testcases/path-store-in-loop.c:29:5-21: WARNING: store to b->done[i] (line 28) may be reordered after waitqueue_active(&b->wait) in batch_mark_done(): a waiter can miss the wake-up; add smp_mb() before the check
 * check-output-end
 */

/*
 * Racy.  The last iteration's store is followed only by the loop test
 * before the wait list is loaded.
 */
#include <linux/wait.h>

#define BATCH_MAX 32

struct batch {
	wait_queue_head_t wait;
	bool done[BATCH_MAX];
};

static void __maybe_unused batch_mark_done(struct batch *b, int n)
{
	int i;

	for (i = 0; i < n; i++)
		b->done[i] = true;
	/*
	 * Order the store to b->done[i] before the wait-list test of b->wait;
	 * pairs with set_current_state() in the waiter.
	 */
	smp_mb();
	if (waitqueue_active(&b->wait))
		wake_up_all(&b->wait);
}
