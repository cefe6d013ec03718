// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: two-sided lockdep: the same waker without lockdep_assert_held(), nothing says x->lock is held: reported
 * check-command: wqcheck --waiters --no-cache --confidence=low $file testcases/companion/two-sided-lockdep-waiter.c
 * check-companion: testcases/companion/two-sided-lockdep-waiter.c
 * check-exit-value: 1
 *
 * check-output-start
testcases/two-sided-lockdep-missing.c:33:6: warning: store to x->done (line 32) may be reordered after waitqueue_active(&x->wq) in xfer_done_locked(): a waiter can miss the wake-up; add smp_mb() before the check [wqcheck/missing-barrier]
testcases/companion/two-sided-lockdep-waiter.c:19:1: note: waiter xfer_wait() sleeps in wait_event_lock_irq() and reads x->done
 * check-output-end
 */

/*
 * Racy as far as anyone can tell: the twin of two-sided-lockdep-held.c
 * without the assertion.  The waiter still waits under x->lock, but the
 * waker neither takes it nor asserts it, and no caller in this file
 * shows it held (the _locked in its name is no evidence), so nothing
 * serialises the store and the test with the waiter.
 */
#include <linux/spinlock.h>
#include <linux/wait.h>

struct xfer {
	spinlock_t lock;
	bool done;
	wait_queue_head_t wq;
};

static void __maybe_unused xfer_done_locked(struct xfer *x)
{
	x->done = true;
	if (waitqueue_active(&x->wq))
		wake_up(&x->wq);
}
