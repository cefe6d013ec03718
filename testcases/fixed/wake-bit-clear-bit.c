// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: clear_bit() then wake_up_bit() with no barrier
 *
 * check-output-start
testcases/wake-bit-clear-bit.c:26:1-12: WARNING: store to obj->flags (line 25) may be reordered after wake_up_bit(&obj->flags, OBJ_BUSY) in obj_unbusy(): a waiter can miss the wake-up; add smp_mb__after_atomic() before the check
 * check-output-end
 */

/*
 * Racy.  wake_up_bit() tests waitqueue_active() on the hashed queue
 * before waking; its kerneldoc asks for a barrier before the call,
 * usually smp_mb__after_atomic() after clear_bit().
 */
#include <linux/wait_bit.h>

#define OBJ_BUSY 2

struct obj {
	unsigned long flags;
};

static void __maybe_unused obj_unbusy(struct obj *obj)
{
	clear_bit(OBJ_BUSY, &obj->flags);
	/*
	 * Order the clear_bit() on obj->flags before the wait-list test in
	 * wake_up_bit(); pairs with set_current_state() in the waiter.
	 */
	smp_mb__after_atomic();
	wake_up_bit(&obj->flags, OBJ_BUSY);
}
