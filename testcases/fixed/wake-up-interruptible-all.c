// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: waitqueue_active() guarding wake_up_interruptible_all()
 *
 * check-output-start
testcases/wake-up-interruptible-all.c:24:5-21: WARNING: store to vt->active (line 23) may be reordered after waitqueue_active(&vt->activate_wait) in vt_switch(): a waiter can miss the wake-up; add smp_mb() before the check
 * check-output-end
 */

/*
 * Racy.  Every process waiting for its console to become active must
 * see vt->active once it is queued.
 */
#include <linux/wait.h>

struct vt {
	wait_queue_head_t activate_wait;
	int active;
};

static void __maybe_unused vt_switch(struct vt *vt, int console)
{
	vt->active = console;
	/*
	 * Order the store to vt->active before the wait-list test of
	 * vt->activate_wait; pairs with set_current_state() in the waiter.
	 */
	smp_mb();
	if (waitqueue_active(&vt->activate_wait))
		wake_up_interruptible_all(&vt->activate_wait);
}
