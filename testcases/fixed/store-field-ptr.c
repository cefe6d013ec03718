// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: plain store to a field through a pointer, then waitqueue_active()
 *
 * check-output-start
testcases/store-field-ptr.c:27:5-21: WARNING: store to req->done (line 26) may be reordered after waitqueue_active(&req->wait) in req_complete(): a waiter can miss the wake-up; add smp_mb() before the check
 * check-output-end
 */

/*
 * Racy.  The waiter sleeps in wait_event(req->wait, req->done).  Nothing
 * orders the store to req->done before the load of the wait list, so the
 * waker can see an empty list while the waiter still sees done == false.
 */
#include <linux/wait.h>

struct req {
	wait_queue_head_t wait;
	bool done;
	int status;
};

static void __maybe_unused req_complete(struct req *req, int status)
{
	req->status = status;
	req->done = true;
	/*
	 * Order the store to req->done before the wait-list test of req->wait;
	 * pairs with set_current_state() in the waiter.
	 */
	smp_mb();
	if (waitqueue_active(&req->wait))
		wake_up(&req->wait);
}
