// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: holding one wait queue's lock while testing another queue: reported
 *
 * check-output-start
testcases/lock-other-queue-lock.c:26:5-21: WARNING: store to p->nr_free (line 25) may be reordered after waitqueue_active(&p->wr_wait) in pipe_read_done(): a waiter can miss the wake-up; add smp_mb() before the check
 * check-output-end
 */

/*
 * Racy.  p->rd_wait.lock is held, but the queue tested is p->wr_wait,
 * whose waiters queue themselves under p->wr_wait.lock.
 */
#include <linux/wait.h>

struct pipe_lite {
	wait_queue_head_t rd_wait;
	wait_queue_head_t wr_wait;
	unsigned int nr_free;
};

static void __maybe_unused pipe_read_done(struct pipe_lite *p)
{
	spin_lock(&p->rd_wait.lock);
	p->nr_free++;
	/*
	 * Order the store to p->nr_free before the wait-list test of
	 * p->wr_wait; pairs with set_current_state() in the waiter.
	 */
	smp_mb();
	if (waitqueue_active(&p->wr_wait))
		wake_up(&p->wr_wait);
	spin_unlock(&p->rd_wait.lock);
}
