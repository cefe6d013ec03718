// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: plain store to a member of a global structure (s.x = v)
 *
 * check-output-start
testcases/store-field-struct.c:28:5-21: WARNING: store to ctl.ready (line 27) may be reordered after waitqueue_active(&ctl.wait) in ctl_publish(): a waiter can miss the wake-up; add smp_mb() before the check
 * check-output-end
 */

/*
 * Racy.  ctl is shared by every CPU; the store to ctl.ready and the load
 * of ctl.wait's list are not ordered by anything.
 */
#include <linux/wait.h>

struct ctl_block {
	wait_queue_head_t wait;
	unsigned int generation;
	bool ready;
};

static struct ctl_block ctl;

static void __maybe_unused ctl_publish(unsigned int generation)
{
	ctl.generation = generation;
	ctl.ready = true;
	/*
	 * Order the store to ctl.ready before the wait-list test of ctl.wait;
	 * pairs with set_current_state() in the waiter.
	 */
	smp_mb();
	if (waitqueue_active(&ctl.wait))
		wake_up(&ctl.wait);
}
