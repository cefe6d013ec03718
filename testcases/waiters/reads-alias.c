// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: reads through a pointer the condition does not name (*left, a bare pointer given to list_empty()): & in the reads; a bare value (target), a member's root (p in p->nfree), a pointer's declaration (*q) or a product (size * scale) is not one
 * check-command: cocci-waiters $file
 *
 * check-output-start
wqcheck-waiter-1	testcases/waiters/reads-alias.c	42	pool_wait_jobs	wait_event_interruptible	p->wq	struct pool		&		none	!list_empty(head)	
wqcheck-waiter-1	testcases/waiters/reads-alias.c	35	pool_wait_left	wait_event_interruptible	p->wq	struct pool		&		none	READ_ONCE(*left) > 0	
wqcheck-waiter-1	testcases/waiters/reads-alias.c	61	pool_wait_roomy	wait_event_interruptible	p->wq	struct pool		nfree@pool_roomy size@pool_roomy		none	pool_roomy(p, scale)	
wqcheck-waiter-1	testcases/waiters/reads-alias.c	48	pool_wait_target	wait_event_interruptible	p->wq	struct pool		nfree		none	READ_ONCE(p->nfree) >= target	
 * check-output-end
 */

/*
 * A waiter that reads *left, or list_empty(head), reads an object
 * whose member the condition does not name: by name it reads nothing
 * a waker stores, yet it may read the very store. The & says so, and
 * the judge then never takes the waiter to read none of the stores
 * for sure. Comparing p->nfree with a bare value names what it reads.
 */
#include <linux/list.h>
#include <linux/wait.h>

struct pool {
	unsigned int nfree;
	unsigned int size;
	struct list_head jobs;
	wait_queue_head_t wq;
};

static int __maybe_unused pool_wait_left(struct pool *p)
{
	unsigned int *left = &p->nfree;

	return wait_event_interruptible(p->wq, READ_ONCE(*left) > 0);
}

static int __maybe_unused pool_wait_jobs(struct pool *p)
{
	struct list_head *head = &p->jobs;

	return wait_event_interruptible(p->wq, !list_empty(head));
}

static int __maybe_unused pool_wait_target(struct pool *p,
					   unsigned int target)
{
	return wait_event_interruptible(p->wq, READ_ONCE(p->nfree) >= target);
}

/* pool_roomy() declares a pointer and multiplies: no read through one */
static bool pool_roomy(struct pool *p, unsigned int scale)
{
	const struct pool *q = p;

	return READ_ONCE(q->nfree) > q->size * scale;
}

static int __maybe_unused pool_wait_roomy(struct pool *p, unsigned int scale)
{
	return wait_event_interruptible(p->wq, pool_roomy(p, scale));
}
