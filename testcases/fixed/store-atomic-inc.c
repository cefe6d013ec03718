// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: atomic_inc() is an unordered atomic RMW
 *
 * check-output-start
testcases/store-atomic-inc.c:25:5-21: WARNING: store to mon->events (line 24) may be reordered after waitqueue_active(&mon->wait) in mon_event(): a waiter can miss the wake-up; add smp_mb__after_atomic() before the check
 * check-output-end
 */

/*
 * Racy.  A read-modify-write without a return value gives no ordering;
 * smp_mb__after_atomic() right after it would.
 */
#include <linux/atomic.h>
#include <linux/wait.h>

struct monitor {
	wait_queue_head_t wait;
	atomic_t events;
};

static void __maybe_unused mon_event(struct monitor *mon)
{
	atomic_inc(&mon->events);
	/*
	 * Order the atomic_inc() on mon->events before the wait-list test of
	 * mon->wait; pairs with set_current_state() in the waiter.
	 */
	smp_mb__after_atomic();
	if (waitqueue_active(&mon->wait))
		wake_up_interruptible(&mon->wait);
}
