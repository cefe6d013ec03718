// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: root_type from a local variable: the type of the pointer the queue hangs off
 * check-command: cocci-waiters $file
 *
 * check-output-start
wqcheck-waiter-1	testcases/waiters/root-type-local.c	30	ep_wait_closed	wait_event	s->wait	struct session		closed		none	READ_ONCE(s->closed)	
 * check-output-end
 */

/*
 * The queue belongs to the object a local points to, not to the
 * parameter: its root is the local.
 */
#include <linux/wait.h>

struct session {
	wait_queue_head_t wait;
	bool closed;
};

struct endpoint {
	struct session *sess;
};

static void __maybe_unused ep_wait_closed(struct endpoint *ep)
{
	struct session *s = ep->sess;

	wait_event(s->wait, READ_ONCE(s->closed));
}
