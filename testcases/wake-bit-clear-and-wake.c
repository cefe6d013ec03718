// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: clear_and_wake_up_bit() carries its own barrier: not reported
 *
 * check-output-start
 * check-output-end
 */

/*
 * Not racy.  clear_and_wake_up_bit() is clear_bit_unlock(),
 * smp_mb__after_atomic(), wake_up_bit().
 */
#include <linux/wait_bit.h>

#define OBJ_BUSY 2

struct obj {
	unsigned long flags;
	int result;
};

static void __maybe_unused obj_finish(struct obj *obj, int result)
{
	obj->result = result;
	clear_and_wake_up_bit(OBJ_BUSY, &obj->flags);
}
