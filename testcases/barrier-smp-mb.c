// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: smp_mb() between the store and the check: not reported
 *
 * check-output-start
 * check-output-end
 */

/*
 * Not racy.  The documented pattern: the full barrier pairs with the one
 * in the waiter's set_current_state().
 */
#include <linux/wait.h>

struct req {
	wait_queue_head_t wait;
	bool done;
};

static void __maybe_unused req_complete(struct req *req)
{
	req->done = true;
	smp_mb();
	if (waitqueue_active(&req->wait))
		wake_up(&req->wait);
}
