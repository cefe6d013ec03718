// SPDX-License-Identifier: GPL-2.0
/*
 * A companion of two-sided-unread-alias.c (not a case of its own): the
 * only waiter of struct pool's wq reads the pool's free count through
 * a pointer taken before the wait (*left): the member it reads is not
 * named in its condition.
 */
#include <linux/wait.h>

struct pool {
	unsigned int nfree;
	wait_queue_head_t wq;
};

static int __maybe_unused pool_wait_left(struct pool *p)
{
	unsigned int *left = &p->nfree;

	return wait_event_interruptible(p->wq, READ_ONCE(*left) > 0);
}
