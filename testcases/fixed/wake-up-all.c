// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: waitqueue_active() guarding wake_up_all()
 *
 * check-output-start
testcases/wake-up-all.c:23:5-21: WARNING: store to gate->open (line 22) may be reordered after waitqueue_active(&gate->wait) in gate_open(): a waiter can miss the wake-up; add smp_mb() before the check
 * check-output-end
 */

/*
 * Racy.  Waking every waiter does not help if the test skipped them all.
 */
#include <linux/wait.h>

struct gate {
	wait_queue_head_t wait;
	bool open;
};

static void __maybe_unused gate_open(struct gate *gate)
{
	gate->open = true;
	/*
	 * Order the store to gate->open before the wait-list test of
	 * gate->wait; pairs with set_current_state() in the waiter.
	 */
	smp_mb();
	if (waitqueue_active(&gate->wait))
		wake_up_all(&gate->wait);
}
