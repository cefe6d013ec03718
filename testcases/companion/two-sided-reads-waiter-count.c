// SPDX-License-Identifier: GPL-2.0
/*
 * A companion of two-sided-reads-stored-member.c (not a case of its
 * own): the only waiter of struct meter's wq, whose condition reads
 * m->count, the member the waker stores.
 */
#include <linux/wait.h>

struct meter {
	unsigned int count;
	bool ready;
	wait_queue_head_t wq;
};

static int __maybe_unused meter_wait_count(struct meter *m, unsigned int target)
{
	return wait_event_interruptible(m->wq, READ_ONCE(m->count) >= target);
}
