/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The header of form-header-not-wrapper.c (not a case of its own):
 * log_wait() takes @lock itself before it queues itself on @wq and drops
 * it: its caller holds no lock across the call.
 */
#include <linux/sched.h>
#include <linux/spinlock.h>
#include <linux/wait.h>

static inline void
log_wait(
	struct wait_queue_head	*wq,
	spinlock_t		*lock)
{
	DECLARE_WAITQUEUE(wait, current);

	spin_lock(lock);
	add_wait_queue_exclusive(wq, &wait);
	__set_current_state(TASK_UNINTERRUPTIBLE);
	spin_unlock(lock);
	schedule();
	remove_wait_queue(wq, &wait);
}
