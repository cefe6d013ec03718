// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: fully ordered atomic_dec_and_test() before && in the same condition: not reported
 *
 * check-output-start
 * check-output-end
 */

/*
 * Not racy.  && evaluates atomic_dec_and_test() first; it is fully
 * ordered, so the store of r->status is visible before the wait list is
 * loaded.
 */
#include <linux/atomic.h>
#include <linux/wait.h>

struct req_group {
	wait_queue_head_t wait;
	atomic_t pending;
	int status;
};

static void __maybe_unused group_put(struct req_group *r, int status)
{
	r->status = status;
	if (atomic_dec_and_test(&r->pending) && waitqueue_active(&r->wait))
		wake_up(&r->wait);
}
