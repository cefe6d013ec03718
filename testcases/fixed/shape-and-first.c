// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: the check as the left operand of &&
 *
 * check-output-start
testcases/shape-and-first.c:24:5-21: WARNING: store to p->level (line 23) may be reordered after waitqueue_active(&p->wait) in pressure_set(): a waiter can miss the wake-up; add smp_mb() before the check
 * check-output-end
 */

/*
 * Racy.  The test comes first and gates the wake-up.
 */
#include <linux/wait.h>

struct pressure {
	wait_queue_head_t wait;
	int level;
	int threshold;
};

static void __maybe_unused pressure_set(struct pressure *p, int level)
{
	p->level = level;
	/*
	 * Order the store to p->level before the wait-list test of p->wait;
	 * pairs with set_current_state() in the waiter.
	 */
	smp_mb();
	if (waitqueue_active(&p->wait) && level >= p->threshold)
		wake_up_interruptible(&p->wait);
}
