// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: refcount_dec_and_test() is not a full barrier: reported
 *
 * check-output-start
testcases/release-refcount-dec-and-test.c:33:5-21: WARNING: store to req->ref (line 29) may be reordered after waitqueue_active(&req->wait) in req_put_done(): a waiter can miss the wake-up; add smp_mb() before the check
 * check-output-end
 */

/*
 * Racy.  Unlike atomic_dec_and_test(), refcount_dec_and_test() is only a
 * RELEASE (plus an ACQUIRE when it hits zero).  When it does not hit
 * zero, req->done can still be passed by the load of the wait list.
 */
#include <linux/refcount.h>
#include <linux/wait.h>

struct kreq {
	wait_queue_head_t wait;
	refcount_t ref;
	bool done;
};

extern void kreq_free(struct kreq *req);

static void __maybe_unused req_put_done(struct kreq *req)
{
	req->done = true;
	if (refcount_dec_and_test(&req->ref)) {
		kreq_free(req);
		return;
	}
	/*
	 * Order the store to req->ref before the wait-list test of req->wait;
	 * pairs with set_current_state() in the waiter.
	 */
	smp_mb();
	if (waitqueue_active(&req->wait))
		wake_up(&req->wait);
}
