// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: atomic_set() is a plain store: smp_mb() needed, not smp_mb__after_atomic()
 *
 * check-output-start
testcases/store-atomic-set.c:27:5-21: WARNING: store to fw->state (line 26) may be reordered after waitqueue_active(&fw->wait) in fw_load_done(): a waiter can miss the wake-up; add smp_mb() before the check
 * check-output-end
 */

/*
 * Racy.  atomic_set() is not a read-modify-write; it is as unordered as
 * WRITE_ONCE(), and smp_mb__after_atomic() would not upgrade it.
 */
#include <linux/atomic.h>
#include <linux/wait.h>

#define FW_READY 2

struct fw_load {
	wait_queue_head_t wait;
	atomic_t state;
};

static void __maybe_unused fw_load_done(struct fw_load *fw)
{
	atomic_set(&fw->state, FW_READY);
	/*
	 * Order the store to fw->state before the wait-list test of fw->wait;
	 * pairs with set_current_state() in the waiter.
	 */
	smp_mb();
	if (waitqueue_active(&fw->wait))
		wake_up(&fw->wait);
}
