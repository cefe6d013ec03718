// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: store in a caller: with the helper named (second pass), the call site is found, at low confidence
 * check-command: cocci-records -D callers -D callees=tags_wake $file
 *
 * check-output-start
wqcheck-record-1	store-in-caller	testcases/caller-store-second-pass.c	34	1	10	tags_put	low	t	tags_wake	atomic_dec(&t->active)	t->active	33	atomic-rmw	tags_wake	34	smp_mb__after_atomic()		store to t->active (line 33) may be reordered after the wait-list test in tags_wake(), called here from tags_put() with no barrier: a waiter can miss the wake-up; add smp_mb__after_atomic() before the call	34						
 * check-output-end
 */

/*
 * The second pass wqcheck runs: tags_wake() tests the queue with no
 * barrier, so the atomic_dec() in its caller needs one before the call.
 * With -D callers only the calls are checks: tags_wake() itself was
 * reported by the first pass (caller-store-low.c).
 */
#include <linux/atomic.h>
#include <linux/wait.h>

struct tags {
	atomic_t active;
	wait_queue_head_t wait;
};

static void tags_wake(struct tags *t)
{
	if (waitqueue_active(&t->wait))
		wake_up(&t->wait);
}

static void __maybe_unused tags_put(struct tags *t)
{
	atomic_dec(&t->active);
	tags_wake(t);
}

static void __maybe_unused tags_put_ordered(struct tags *t)
{
	atomic_dec(&t->active);
	smp_mb__after_atomic();
	tags_wake(t);
}
