// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: smp_mb__after_spinlock() right after spin_lock(): full barrier, not reported
 *
 * check-output-start
 * check-output-end
 */

/*
 * Not racy.  spin_lock() alone is only an ACQUIRE, but followed by
 * smp_mb__after_spinlock() it orders the earlier store against the
 * later load of the wait list.
 */
#include <linux/spinlock.h>
#include <linux/wait.h>

struct rq_lite {
	spinlock_t lock;
	wait_queue_head_t wait;
	int nr_running;
	bool stopping;
};

static void __maybe_unused rq_stop(struct rq_lite *rq)
{
	rq->stopping = true;
	spin_lock(&rq->lock);
	smp_mb__after_spinlock();
	if (rq->nr_running == 0 && waitqueue_active(&rq->wait))
		wake_up(&rq->wait);
	spin_unlock(&rq->lock);
}
