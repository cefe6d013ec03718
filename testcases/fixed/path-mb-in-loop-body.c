// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: barrier inside a loop body that may run zero times: reported
 *
 * check-output-start
testcases/path-mb-in-loop-body.c:35:5-21: WARNING: store to f->gen (line 30) may be reordered after waitqueue_active(&f->wait) in flush_slots(): a waiter can miss the wake-up; add smp_mb() before the check
 * check-output-end
 */

/*
 * Racy.  Each slot store is followed by smp_mb(), but when n == 0 the
 * loop body never runs and f->gen reaches the test with no barrier.
 * The slot stores cannot reach the test without passing a barrier, so
 * f->gen is the one reported.
 */
#include <linux/wait.h>

#define NR_SLOTS 8

struct flusher {
	wait_queue_head_t wait;
	unsigned long gen;
	int slots[NR_SLOTS];
};

static void __maybe_unused flush_slots(struct flusher *f, int n)
{
	int i;

	f->gen++;
	for (i = 0; i < n; i++) {
		f->slots[i] = 0;
		smp_mb();
	}
	/*
	 * Order the store to f->gen before the wait-list test of f->wait; pairs
	 * with set_current_state() in the waiter.
	 */
	smp_mb();
	if (waitqueue_active(&f->wait))
		wake_up(&f->wait);
}
