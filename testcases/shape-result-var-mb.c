// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: result of the check kept in a variable, after smp_mb(): not reported
 *
 * check-output-start
 * check-output-end
 */

/*
 * Not racy.  Twin of shape-result-var.c with the barrier in place.  The
 * store to pq->stops after the check cannot matter to the check.
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
	smp_mb();
	active = waitqueue_active(&pq->wait);

	spin_lock(&pq->stats_lock);
	pq->stops++;
	spin_unlock(&pq->stats_lock);

	if (active)
		wake_up_all(&pq->wait);
}
