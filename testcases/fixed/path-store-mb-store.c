// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: store, smp_mb(), store, check: the store after the barrier is reported
 *
 * check-output-start
testcases/path-store-mb-store.c:26:5-21: WARNING: store to m->phase (line 25) may be reordered after waitqueue_active(&m->wait) in mig_next(): a waiter can miss the wake-up; add smp_mb() before the check
 * check-output-end
 */

/*
 * Racy.  The barrier orders m->copied, but m->phase comes after it.
 */
#include <linux/wait.h>

struct migration {
	wait_queue_head_t wait;
	unsigned long copied;
	int phase;
};

static void __maybe_unused mig_next(struct migration *m, unsigned long n)
{
	m->copied += n;
	smp_mb();
	m->phase++;
	/*
	 * Order the store to m->phase before the wait-list test of m->wait;
	 * pairs with set_current_state() in the waiter.
	 */
	smp_mb();
	if (waitqueue_active(&m->wait))
		wake_up(&m->wait);
}
