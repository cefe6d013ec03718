// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: pairing: a lock release between, but the waiter in this file reads the stored field: high confidence
 * check-command: cocci-records $file
 *
 * check-output-start
wqcheck-record-1	missing-barrier	testcases/pair-waiter-reads-store.c	30	5	21	ring_complete	high	&r->wait	waitqueue_active	r->tail = tail	r->tail	28	plain	wake_up	31	smp_mb()	spin_unlock	store to r->tail (line 28) may be reordered after waitqueue_active(&r->wait) in ring_complete(): a waiter can miss the wake-up; add smp_mb() before the check	30			wait_event_interruptible(r->wait)	read_events	36	yes	struct ring	28,1,plain,0,r->tail		27,struct ring,r->lock			
wqcheck-test-1	testcases/pair-waiter-reads-store.c	30	5	ring_complete	waitqueue_active	reported
 * check-output-end
 */

/*
 * Racy: spin_unlock() does not order the store to the tail before the
 * test, and read_events() below waits for exactly that tail.
 */
#include <linux/spinlock.h>
#include <linux/wait.h>

struct ring {
	spinlock_t lock;
	unsigned int tail;
	wait_queue_head_t wait;
};

static void __maybe_unused ring_complete(struct ring *r, unsigned int tail)
{
	spin_lock(&r->lock);
	r->tail = tail;
	spin_unlock(&r->lock);
	/*
	 * Order the store to r->tail before the wait-list test of r->wait;
	 * pairs with the barrier in wait_event_interruptible() in
	 * read_events().
	 */
	smp_mb();
	if (waitqueue_active(&r->wait))
		wake_up(&r->wait);
}

static int __maybe_unused read_events(struct ring *r, unsigned int old)
{
	return wait_event_interruptible(r->wait, READ_ONCE(r->tail) != old);
}
