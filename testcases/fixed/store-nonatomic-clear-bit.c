// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: __clear_bit() is a plain (non-atomic) store: smp_mb() needed
 *
 * check-output-start
testcases/store-nonatomic-clear-bit.c:26:5-21: WARNING: store to eng->flags (line 25) may be reordered after waitqueue_active(&eng->idle_wait) in eng_idle(): a waiter can miss the wake-up; add smp_mb() before the check
 * check-output-end
 */

/*
 * Racy.  A plain bit clear, then an unordered load of the wait list.
 */
#include <linux/bitops.h>
#include <linux/wait.h>

#define ENG_RUNNING 0

struct engine {
	wait_queue_head_t idle_wait;
	unsigned long flags;
};

static void __maybe_unused eng_idle(struct engine *eng)
{
	__clear_bit(ENG_RUNNING, &eng->flags);
	/*
	 * Order the store to eng->flags before the wait-list test of
	 * eng->idle_wait; pairs with set_current_state() in the waiter.
	 */
	smp_mb();
	if (waitqueue_active(&eng->idle_wait))
		wake_up(&eng->idle_wait);
}
