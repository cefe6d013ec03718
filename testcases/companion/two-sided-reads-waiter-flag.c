// SPDX-License-Identifier: GPL-2.0
/*
 * A companion of two-sided-reads-other-complete.c (not a case of its
 * own): the only waiter of struct gauge's wq, whose condition reads
 * g->ready and nothing else.
 */
#include <linux/wait.h>

struct gauge {
	unsigned int level;
	bool ready;
	wait_queue_head_t wq;
};

static int __maybe_unused gauge_wait(struct gauge *g)
{
	return wait_event_interruptible(g->wq, READ_ONCE(g->ready));
}
