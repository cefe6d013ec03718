// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: swq_has_sleeper() has the barrier built in: not reported
 *
 * check-output-start
 * check-output-end
 */

/*
 * Not racy.  swq_has_sleeper() is smp_mb() followed by swait_active().
 */
#include <linux/swait.h>

struct vcpu {
	struct swait_queue_head wq;
	bool kicked;
};

static void __maybe_unused vcpu_kick(struct vcpu *vcpu)
{
	vcpu->kicked = true;
	if (swq_has_sleeper(&vcpu->wq))
		swake_up_one(&vcpu->wq);
}
