// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: store in a caller: the second pass follows the helper to its call site, at low confidence
 * check-command: wqcheck --no-cache --confidence=low $file
 * check-exit-value: 1
 *
 * check-output-start
testcases/caller-store-second-pass.c:29:6: warning: waitqueue_active(&t->wait) in tags_wake() is not preceded by a full barrier: a store made by its callers may be reordered after it; add smp_mb() before the check [wqcheck/store-in-caller]
testcases/caller-store-second-pass.c:36:2: warning: store to t->active (line 35) may be reordered after the wait-list test in tags_wake(), called here from tags_put() with no barrier: a waiter can miss the wake-up; add smp_mb__after_atomic() before the call [wqcheck/store-in-caller]
 * check-output-end
 */

/*
 * tags_wake() tests the queue with no barrier: the first pass reports it
 * (as caller-store-low.c shows), and the second pass, which runs the
 * rules with tags_wake in place of the wait-list tests, finds that the
 * atomic_dec() in its caller needs a barrier before the call.
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
