// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: set_bit(); smp_mb__after_atomic(): not reported
 *
 * check-output-start
 * check-output-end
 */

/*
 * Not racy.  The barrier upgrades the atomic bitop; it also orders the
 * plain store made before the bitop (atomic_t.txt: it orders the RMW
 * and every access before it against every access after).
 */
#include <linux/bitops.h>
#include <linux/wait.h>

#define DEV_DEAD 0

struct netdev {
	wait_queue_head_t state_wait;
	unsigned long flags;
	int reason;
};

static void __maybe_unused dev_mark_dead(struct netdev *dev, int reason)
{
	dev->reason = reason;
	set_bit(DEV_DEAD, &dev->flags);
	smp_mb__after_atomic();
	if (waitqueue_active(&dev->state_wait))
		wake_up_all(&dev->state_wait);
}
