/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The header of form-header-wrapper.c (not a case of its own): log_wait()
 * is called with @lock held, queues itself on @wq, drops the lock and
 * sleeps, as xfs's xlog_wait() does.
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

	add_wait_queue_exclusive(wq, &wait);
	__set_current_state(TASK_UNINTERRUPTIBLE);
	spin_unlock(lock);
	schedule();
	remove_wait_queue(wq, &wait);
}
