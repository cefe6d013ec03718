// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: atomic_dec(); smp_mb__after_atomic(): not reported
 *
 * check-output-start
 * check-output-end
 */

/*
 * Not racy.  smp_mb__after_atomic() right after the unordered RMW makes
 * it fully ordered.
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
	smp_mb__after_atomic();
	if (waitqueue_active(&sess->drain_wait))
		wake_up(&sess->drain_wait);
}
