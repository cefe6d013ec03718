// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: smp_wmb() orders stores only: reported
 *
 * check-output-start
testcases/release-smp-wmb.c:30:5-21: WARNING: store to ring->head (line 29) may be reordered after waitqueue_active(&ring->wait) in ring_produce(): a waiter can miss the wake-up; add smp_mb() before the check
 * check-output-end
 */

/*
 * Racy.  The smp_wmb() correctly orders the slot before the index, but
 * it says nothing about the load of the wait list that follows the
 * index store.
 */
#include <linux/wait.h>

#define RING_SIZE 256

struct ring {
	wait_queue_head_t wait;
	unsigned int head;
	u32 slot[RING_SIZE];
};

static void __maybe_unused ring_produce(struct ring *ring, u32 v)
{
	ring->slot[ring->head % RING_SIZE] = v;
	smp_wmb();
	ring->head++;
	/*
	 * Order the store to ring->head before the wait-list test of
	 * ring->wait; pairs with set_current_state() in the waiter.
	 */
	smp_mb();
	if (waitqueue_active(&ring->wait))
		wake_up(&ring->wait);
}
