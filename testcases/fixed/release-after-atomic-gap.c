// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: atomic, then a plain store, then smp_mb__after_atomic(): the plain store is reported
 *
 * check-output-start
testcases/release-after-atomic-gap.c:30:5-21: WARNING: store to w->done (line 28) may be reordered after waitqueue_active(&w->wait) in w_retire(): smp_mb__after_atomic() on line 29 orders nothing after a plain store; replace it with smp_mb()
 * check-output-end
 */

/*
 * Racy.  smp_mb__after_atomic() orders the atomic_dec() and what came
 * before it, but accesses between the RMW and the barrier are not
 * ordered (Documentation/atomic_t.txt): w->done may still pass the
 * load of the wait list.
 */
#include <linux/atomic.h>
#include <linux/wait.h>

struct waiter_grp {
	wait_queue_head_t wait;
	atomic_t active;
	bool done;
};

static void __maybe_unused w_retire(struct waiter_grp *w)
{
	atomic_dec(&w->active);
	w->done = true;
	/*
	 * Order the store to w->done before the wait-list test of w->wait;
	 * pairs with set_current_state() in the waiter.
	 */
	smp_mb();
	if (waitqueue_active(&w->wait))
		wake_up(&w->wait);
}
