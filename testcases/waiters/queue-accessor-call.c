// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: a queue named by a call of an accessor (poll_wait(f, conn_sleep(c), pt)): the call as written, its root type the accessor's function type; wqcheck resolves the accessor
 * check-command: cocci-waiters $file
 *
 * check-output-start
wqcheck-waiter-1	testcases/waiters/queue-accessor-call.c	39	conn_poll	poll_wait	conn_sleep(c)	wait_queue_head_t ( struct conn c )		ready EPOLLIN				
 * check-output-end
 */

/*
 * The record says what the waiter wrote: the queue is the call
 * conn_sleep(c), whose root is the function (its type as Coccinelle
 * knows it from this file; empty for one in a header).  Which member
 * the call returns is wqcheck's to decide (checker/accessor.c reads
 * the accessor's body in its header), the same way on both sides; the
 * poller reads c->ready after its poll_wait().
 */
#include <linux/poll.h>
#include <linux/wait.h>

struct conn_wq {
	wait_queue_head_t wait;
};

struct conn {
	bool ready;
	struct conn_wq *wq;
};

static inline wait_queue_head_t *conn_sleep(struct conn *c)
{
	return &READ_ONCE(c->wq)->wait;
}

static __poll_t __maybe_unused conn_poll(struct file *file, struct conn *c,
					 poll_table *pt)
{
	poll_wait(file, conn_sleep(c), pt);
	return READ_ONCE(c->ready) ? EPOLLIN : 0;
}
