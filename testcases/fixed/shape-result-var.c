// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: result of the check kept in a variable, tested later
 *
 * check-output-start
testcases/shape-result-var.c:29:10-26: WARNING: store to pq->stopped (line 28) may be reordered after waitqueue_active(&pq->wait) in pq_stop(): a waiter can miss the wake-up; add smp_mb() before the check
 * check-output-end
 */

/*
 * Racy.  The load is made where waitqueue_active() is called; storing
 * its result and testing it later gates the wake-up all the same.
 */
#include <linux/spinlock.h>
#include <linux/wait.h>

struct pqueue {
	spinlock_t stats_lock;
	wait_queue_head_t wait;
	bool stopped;
	unsigned long stops;
};

static void __maybe_unused pq_stop(struct pqueue *pq)
{
	int active;

	pq->stopped = true;
	/*
	 * Order the store to pq->stopped before the wait-list test of pq->wait;
	 * pairs with set_current_state() in the waiter.
	 */
	smp_mb();
	active = waitqueue_active(&pq->wait);

	spin_lock(&pq->stats_lock);
	pq->stops++;
	spin_unlock(&pq->stats_lock);

	if (active)
		wake_up_all(&pq->wait);
}
