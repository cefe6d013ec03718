/* SPDX-License-Identifier: GPL-2.0 */
/*
 * A companion of two-sided-header-wrapper.c and
 * two-sided-header-wrapper-unlocked.c (not a case of its own): the
 * waiters' wrapper, called with @lock held; it queues itself on @wq,
 * drops the lock and sleeps, as xfs's xlog_wait() does.
 */
#include <linux/sched.h>
#include <linux/spinlock.h>
#include <linux/wait.h>

struct push_ctl {
	spinlock_t lock;
	wait_queue_head_t push_wait;
	unsigned long space_used;
	bool stable;
};

static inline void
push_wait(
	struct wait_queue_head	*wq,
	spinlock_t		*lock)
{
	DECLARE_WAITQUEUE(wait, current);

	add_wait_queue_exclusive(wq, &wait);
	__set_current_state(TASK_UNINTERRUPTIBLE);
	spin_unlock(lock);
	schedule();
	remove_wait_queue(wq, &wait);
}
