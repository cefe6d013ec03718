// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: clear_bit(); smp_mb__after_atomic(); wake_up_bit(): not reported
 *
 * check-output-start
 * check-output-end
 */

/*
 * Not racy.  smp_mb__after_atomic() upgrades the clear_bit() to a full
 * barrier before the hashed queue is tested.
 */
#include <linux/wait_bit.h>

#define OBJ_BUSY 2

struct obj {
	unsigned long flags;
};

static void __maybe_unused obj_unbusy(struct obj *obj)
{
	clear_bit(OBJ_BUSY, &obj->flags);
	smp_mb__after_atomic();
	wake_up_bit(&obj->flags, OBJ_BUSY);
}

static int __maybe_unused obj_wait_unbusy(struct obj *obj)
{
	return wait_on_bit(&obj->flags, OBJ_BUSY, TASK_UNINTERRUPTIBLE);
}
