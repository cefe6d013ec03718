// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: clear_bit_unlock() as the only ordering before the check: reported at the unlock
 *
 * check-output-start
testcases/release-clear-bit-unlock.c:32:5-21: WARNING: store to ino->state (line 31) may be reordered after waitqueue_active(&ino->wait) in ino_unlock_new(): a waiter can miss the wake-up; add smp_mb__after_atomic() before the check
 * check-output-end
 */

/*
 * Racy.  clear_bit_unlock() orders the setup before the clear, but it
 * is a RELEASE, and the waiter tests the bit itself: the clear can be
 * passed by the load of the wait list.  The last unordered store is the
 * clear, so that is the one reported.
 */
#include <linux/bitops.h>
#include <linux/wait.h>

#define I_NEW 3

struct inode_lite {
	wait_queue_head_t wait;
	unsigned long state;
	unsigned int mode;
};

static void __maybe_unused ino_unlock_new(struct inode_lite *ino,
					  unsigned int mode)
{
	ino->mode = mode;
	clear_bit_unlock(I_NEW, &ino->state);
	/*
	 * Order the clear_bit_unlock() on ino->state before the wait-list test
	 * of ino->wait; pairs with set_current_state() in the waiter.
	 */
	smp_mb__after_atomic();
	if (waitqueue_active(&ino->wait))
		wake_up_all(&ino->wait);
}
