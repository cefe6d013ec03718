// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: list_add() stores; the target is its last argument without &
 *
 * check-output-start
testcases/store-list-add.c:31:5-21: WARNING: store to srv->requests (line 30) may be reordered after waitqueue_active(&srv->wait) in srv_push(): a waiter can miss the wake-up; add smp_mb() before the check
 * check-output-end
 */

/*
 * Racy.  The worker sleeps in wait_event(srv->wait,
 * !list_empty(&srv->requests)); the list update is plain stores.
 * The caller serialises producers with srv->lock, which the worker
 * does not take before it tests the list.
 */
#include <linux/list.h>
#include <linux/wait.h>

struct srv_req {
	struct list_head node;
};

struct server {
	wait_queue_head_t wait;
	struct list_head requests;
};

static void __maybe_unused srv_push(struct server *srv, struct srv_req *req)
{
	list_add(&req->node, &srv->requests);
	/*
	 * Order the list_add() on srv->requests before the wait-list test of
	 * srv->wait; pairs with set_current_state() in the waiter.
	 */
	smp_mb();
	if (waitqueue_active(&srv->wait))
		wake_up(&srv->wait);
}
