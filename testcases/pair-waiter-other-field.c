// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: pairing: a call between, and the waiter in this file reads another field: demoted to low
 * check-command: cocci-records $file
 *
 * check-output-start
wqcheck-record-1	missing-barrier	testcases/pair-waiter-other-field.c	32	5	21	ring_count	low	&r->wait	waitqueue_active	r->stats++	r->stats	30	plain	wake_up	33	smp_mb()	spin_unlock	store to r->stats (line 30) may be reordered after waitqueue_active(&r->wait) in ring_count(): a waiter can miss the wake-up; add smp_mb() before the check	32			wait_event_interruptible(r->wait)	read_events	38	no	struct ring	30,1,plain,0,r->stats		29,struct ring,r->lock			
wqcheck-test-1	testcases/pair-waiter-other-field.c	32	5	ring_count	waitqueue_active	reported
 * check-output-end
 */

/*
 * The stored counter is not what read_events() waits for, and a lock
 * release sits between store and check: two weak signals, so the
 * finding drops from medium to low (hidden by default).
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
