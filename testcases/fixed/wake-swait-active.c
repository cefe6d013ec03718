// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: swait_active() after a store, guarding swake_up_one()
 *
 * check-output-start
testcases/wake-swait-active.c:24:5-17: WARNING: store to vcpu->kicked (line 23) may be reordered after swait_active(&vcpu->wq) in vcpu_kick(): a waiter can miss the wake-up; add smp_mb() before the check
 * check-output-end
 */

/*
 * Racy.  Simple wait queues have the same rule as wait queues:
 * swait_active() needs a full barrier after the store.
 */
#include <linux/swait.h>

struct vcpu {
	struct swait_queue_head wq;
	bool kicked;
};

static void __maybe_unused vcpu_kick(struct vcpu *vcpu)
{
	vcpu->kicked = true;
	/*
	 * Order the store to vcpu->kicked before the wait-list test of
	 * vcpu->wq; pairs with set_current_state() in the waiter.
	 */
	smp_mb();
	if (swait_active(&vcpu->wq))
		swake_up_one(&vcpu->wq);
}
