// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: two-sided accessor: the only waiter names the queue by conn_sleep(), a header's accessor returning &READ_ONCE(c->wq)->wait, and tests under the lock the waker holds: not reported
 * check-command: wqcheck --waiters --no-cache --confidence=low $file testcases/companion/two-sided-accessor.h testcases/companion/two-sided-accessor-waiter-locked.c
 * check-companion: testcases/companion/two-sided-accessor.h testcases/companion/two-sided-accessor-waiter-locked.c
 * check-exit-value: 0
 *
 * check-output-start
 * check-output-end
 */

/*
 * Correct: the waker names the queue &wq->wait, with wq a struct
 * conn_wq loaded from c->wq; the waiter, in another file, names it
 * conn_sleep(c).  The accessor in the header returns the address of
 * the wait member of what READ_ONCE(c->wq) loads, and struct conn
 * declares wq a struct conn_wq pointer: both name (struct conn_wq,
 * wait).  The waiter enqueues and tests c->ready under c->lock, which
 * conn_post() holds around its store and its check: serialised.  The
 * twin two-sided-accessor-other.c has a waiter of another queue.
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
