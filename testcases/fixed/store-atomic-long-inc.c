// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: atomic_long_inc() is an unordered atomic RMW
 *
 * check-output-start
testcases/store-atomic-long-inc.c:24:5-21: WARNING: store to st->gen (line 23) may be reordered after waitqueue_active(&st->wait) in stat_bump(): a waiter can miss the wake-up; add smp_mb__after_atomic() before the check
 * check-output-end
 */

/*
 * Racy.  A reader sleeps until st->gen moves past the generation it saw.
 */
#include <linux/atomic.h>
#include <linux/wait.h>

struct stat_gen {
	wait_queue_head_t wait;
	atomic_long_t gen;
};

static void __maybe_unused stat_bump(struct stat_gen *st)
{
	atomic_long_inc(&st->gen);
	/*
	 * Order the atomic_long_inc() on st->gen before the wait-list test of
	 * st->wait; pairs with set_current_state() in the waiter.
	 */
	smp_mb__after_atomic();
	if (waitqueue_active(&st->wait))
		wake_up_interruptible_all(&st->wait);
}
