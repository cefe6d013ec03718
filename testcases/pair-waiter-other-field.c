// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: pairing: the waiter in this file reads another field than the store; the finding stays medium
 * check-command: cocci-records $file
 *
 * check-output-start
wqcheck-record-1	missing-barrier	testcases/pair-waiter-other-field.c	30	5	21	ring_count	medium	&r->wait	waitqueue_active	r->stats++	r->stats	28	plain	wake_up	31	smp_mb()	spin_unlock	store to r->stats (line 28) may be reordered after waitqueue_active(&r->wait) in ring_count(): a waiter can miss the wake-up; add smp_mb() before the check	30			wait_event_interruptible(r->wait)	read_events	36	no
 * check-output-end
 */

/*
 * The stored counter is not what read_events() waits for; the lock
 * release between them keeps this at medium confidence.
 */
#include <linux/spinlock.h>
#include <linux/wait.h>

struct ring {
	spinlock_t lock;
	unsigned int tail;
	unsigned int stats;
	wait_queue_head_t wait;
};

static void __maybe_unused ring_count(struct ring *r)
{
	spin_lock(&r->lock);
	r->stats++;
	spin_unlock(&r->lock);
	if (waitqueue_active(&r->wait))
		wake_up(&r->wait);
}

static int __maybe_unused read_events(struct ring *r, unsigned int old)
{
	return wait_event_interruptible(r->wait, READ_ONCE(r->tail) != old);
}
