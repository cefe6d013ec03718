// SPDX-License-Identifier: GPL-2.0
/*
 * A companion of two-sided-reads-other-member.c (not a case of its
 * own): the only waiter of struct meter's wq, whose condition reads
 * m->ready and nothing the waker stores.
 */
#include <linux/wait.h>

struct meter {
	unsigned int count;
	bool ready;
	wait_queue_head_t wq;
};

static int __maybe_unused meter_wait_ready(struct meter *m)
{
	return wait_event_interruptible(m->wq, READ_ONCE(m->ready));
}
