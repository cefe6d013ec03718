// SPDX-License-Identifier: GPL-2.0
/*
 * A companion of two-sided-call-site-queue-arg.c and
 * two-sided-call-site-queue-arg-other.c (not a case of its own): the
 * waiter of struct counter_dev's drain_wait, sleeping until the number
 * of requests in flight drops to zero.
 */
#include <linux/atomic.h>
#include <linux/wait.h>

struct counter_dev {
	atomic_t in_flight;
	int limit;
	wait_queue_head_t drain_wait;
};

static void __maybe_unused counter_drain(struct counter_dev *dev)
{
	wait_event(dev->drain_wait, !atomic_read(&dev->in_flight));
}
