// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: two-sided call site: the helper tests the queue it is given; the call names it, and the waiter of that queue reads the store: the call site is reported above low
 * check-command: wqcheck --waiters --no-cache $file testcases/companion/two-sided-call-site-queue-arg-waiter.c
 * check-companion: testcases/companion/two-sided-call-site-queue-arg-waiter.c
 * check-exit-value: 1
 *
 * check-output-start
testcases/two-sided-call-site-queue-arg.c:40:2: warning: store to dev->in_flight (line 39) may be reordered after the wait-list test in cond_wake(), called here from counter_put() with no barrier: a waiter can miss the wake-up; add smp_mb__after_atomic() before the call [wqcheck/store-in-caller]
testcases/companion/two-sided-call-site-queue-arg-waiter.c:19:1: note: waiter counter_drain() sleeps in wait_event() and reads dev->in_flight
 * check-output-end
 */

/*
 * Racy: cond_wake() tests the queue it is given, with no barrier, so
 * its own finding can name no waiter (wq is a parameter).  The call
 * cond_wake(&dev->drain_wait) names the queue; the waiter of struct
 * counter_dev's drain_wait, in another file, reads dev->in_flight,
 * which the caller decremented just before with atomic_dec(): the call
 * site is shown by default.  Compare two-sided-call-site-queue-arg-other.c.
 */
#include <linux/atomic.h>
#include <linux/wait.h>

struct counter_dev {
	atomic_t in_flight;
	int limit;
	wait_queue_head_t drain_wait;
};

static inline void cond_wake(wait_queue_head_t *wq)
{
	if (waitqueue_active(wq))
		wake_up(wq);
}

static void __maybe_unused counter_put(struct counter_dev *dev)
{
	atomic_dec(&dev->in_flight);
	cond_wake(&dev->drain_wait);
}
