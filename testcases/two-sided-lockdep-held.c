// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: two-sided lockdep: the waker asserts x->lock with lockdep_assert_held(), and the only waiter waits under x->lock: not reported
 * check-command: wqcheck --waiters --no-cache --confidence=low $file testcases/companion/two-sided-lockdep-waiter.c
 * check-companion: testcases/companion/two-sided-lockdep-waiter.c
 * check-exit-value: 0
 *
 * check-output-start
 * check-output-end
 */

/*
 * Correct: xfer_done_locked() does not take x->lock, its callers do,
 * and lockdep_assert_held() says so.  The waiter, in another file,
 * waits with wait_event_lock_irq() on x->lock, so its enqueue and every
 * test of x->done run under the lock the waker holds: an assertion
 * counts as holding the lock, as a spin_lock() in the function would.
 */
#include <linux/lockdep.h>
#include <linux/spinlock.h>
#include <linux/wait.h>

struct xfer {
	spinlock_t lock;
	bool done;
	wait_queue_head_t wq;
};

static void __maybe_unused xfer_done_locked(struct xfer *x)
{
	lockdep_assert_held(&x->lock);
	x->done = true;
	if (waitqueue_active(&x->wq))
		wake_up(&x->wq);
}
