// SPDX-License-Identifier: GPL-2.0
/*
 * A companion of two-sided-unread-other-object.c (not a case of its
 * own): the only waiter of struct pool's wq. Its condition reads
 * p->nfree by name and calls nothing it cannot follow: all it reads
 * is known, and the job's state is not part of it.
 */
#include <linux/wait.h>

struct pool {
	unsigned int nfree;
	wait_queue_head_t wq;
};

static int __maybe_unused pool_wait_free(struct pool *p)
{
	return wait_event_interruptible(p->wq, READ_ONCE(p->nfree) > 0);
}
