// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: store in a caller: with the helper named (second pass), the call site is reported at high confidence
 * check-command: cocci-report -D callees=tags_wake $file
 *
 * check-output-start
testcases/caller-store-second-pass.c:32:1-10: WARNING: store to t->active (line 31) may be reordered after the wait-list test in tags_wake(), called here from tags_put() with no barrier: a waiter can miss the wake-up; add smp_mb__after_atomic() before the call
 * check-output-end
 */

/*
 * The second pass wqcheck runs: tags_wake() tests the queue with no
 * barrier, so the atomic_dec() in its caller needs one before the call.
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
	/*
	 * Order the atomic_dec() on t->active before the wait-list test in
	 * tags_wake(); pairs with set_current_state() in the waiter.
	 */
	smp_mb__after_atomic();
	tags_wake(t);
}

static void __maybe_unused tags_put_ordered(struct tags *t)
{
	atomic_dec(&t->active);
	smp_mb__after_atomic();
	tags_wake(t);
}
