// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: atomic_dec() is an unordered atomic RMW
 *
 * check-output-start
testcases/store-atomic-dec.c:24:5-21: WARNING: store to sess->users (line 23) may be reordered after waitqueue_active(&sess->drain_wait) in sess_put(): a waiter can miss the wake-up; add smp_mb__after_atomic() before the check
 * check-output-end
 */

/*
 * Racy.  The drainer sleeps until sess->users reads zero.
 */
#include <linux/atomic.h>
#include <linux/wait.h>

struct session {
	wait_queue_head_t drain_wait;
	atomic_t users;
};

static void __maybe_unused sess_put(struct session *sess)
{
	atomic_dec(&sess->users);
	/*
	 * Order the atomic_dec() on sess->users before the wait-list test of
	 * sess->drain_wait; pairs with the barrier in wait_event() in
	 * sess_drain().
	 */
	smp_mb__after_atomic();
	if (waitqueue_active(&sess->drain_wait))
		wake_up(&sess->drain_wait);
}

static void __maybe_unused sess_drain(struct session *sess)
{
	wait_event(sess->drain_wait, atomic_read(&sess->users) == 0);
}
