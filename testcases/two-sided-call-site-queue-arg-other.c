// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: two-sided call site: the helper tests the queue it is given, but the waiter of that queue reads nothing the caller stored: the call site stays low
 * check-command: wqcheck --waiters --no-cache $file testcases/companion/two-sided-call-site-queue-arg-waiter.c
 * check-companion: testcases/companion/two-sided-call-site-queue-arg-waiter.c
 *
 * check-output-start
 * check-output-end
 */

/*
 * Not a race of this queue: the caller stores dev->limit, which the
 * waiter of drain_wait (in another file) never reads, so the call
 * site stays at low confidence, not shown by default.  Compare
 * two-sided-call-site-queue-arg.c.
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

static void __maybe_unused counter_set_limit(struct counter_dev *dev, int n)
{
	dev->limit = n;
	cond_wake(&dev->drain_wait);
}
