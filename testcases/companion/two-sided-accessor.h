/* SPDX-License-Identifier: GPL-2.0 */
/*
 * A companion of the two-sided-accessor-*.c cases (not a case of its
 * own): a connection whose wait queue lives in a struct conn_wq of its
 * own, reached through conn_sleep() as a socket's is through
 * sk_sleep(); conn_err_sleep() returns the queue of another struct.
 */
#ifndef TWO_SIDED_ACCESSOR_H
#define TWO_SIDED_ACCESSOR_H

#include <linux/spinlock.h>
#include <linux/wait.h>

struct conn_wq {
	wait_queue_head_t wait;
};

struct conn_err {
	wait_queue_head_t wait;
};

struct conn {
	spinlock_t lock;
	bool ready;
	struct conn_wq *wq;
	struct conn_err *err;
};

static inline wait_queue_head_t *conn_sleep(struct conn *c)
{
	return &READ_ONCE(c->wq)->wait;
}

static inline wait_queue_head_t *conn_err_sleep(struct conn *c)
{
	return &READ_ONCE(c->err)->wait;
}

#endif
