// SPDX-License-Identifier: GPL-2.0
/*
 * A companion of two-sided-reads-unknown-complete.c (not a case
 * of its own): the only waiter of struct gauge's wq tests g->ready and
 * calls gauge_settled(), defined in no file of the scan: what that
 * reads is not known.
 */
#include <linux/wait.h>

struct gauge {
	unsigned int level;
	bool ready;
	wait_queue_head_t wq;
};

bool gauge_settled(struct gauge *g);

static int __maybe_unused gauge_wait(struct gauge *g)
{
	return wait_event_interruptible(g->wq, READ_ONCE(g->ready) ||
						       gauge_settled(g));
}
