// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: two-sided accessor: the only waiter under the waker's lock waits on conn_err_sleep(), the wait member of struct conn_err, not the waker's struct conn_wq: reported
 * check-command: wqcheck --waiters --no-cache --confidence=low $file testcases/companion/two-sided-accessor.h testcases/companion/two-sided-accessor-waiter-other.c
 * check-companion: testcases/companion/two-sided-accessor.h testcases/companion/two-sided-accessor-waiter-other.c
 * check-exit-value: 1
 *
 * check-output-start
testcases/two-sided-accessor-other.c:29:6: warning: store to c->ready (line 27) may be reordered after waitqueue_active(&wq->wait) in conn_post(): a waiter can miss the wake-up; add smp_mb() before the check [wqcheck/missing-barrier]
 * check-output-end
 */

/*
 * Racy: the twin of two-sided-accessor-locked.c.  The waiter holds
 * c->lock, as conn_post() does, but the accessor it calls returns the
 * wait member of a struct conn_err: another queue than conn_post()'s
 * struct conn_wq wait, so it excuses nothing.  No waiter of this queue
 * is known, and a waiter elsewhere may test c->ready without the lock.
 */
#include "companion/two-sided-accessor.h"

static void __maybe_unused conn_post(struct conn *c)
{
	struct conn_wq *wq;

	spin_lock_irq(&c->lock);
	c->ready = true;
	wq = READ_ONCE(c->wq);
	if (waitqueue_active(&wq->wait))
		wake_up(&wq->wait);
	spin_unlock_irq(&c->lock);
}
