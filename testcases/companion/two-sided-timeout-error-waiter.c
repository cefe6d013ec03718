// SPDX-License-Identifier: GPL-2.0
/*
 * A companion of two-sided-timeout-error.c (not a case of its own): the
 * only waiter of struct engine's wq waits up to five seconds and fails
 * with -ETIMEDOUT when the time runs out.
 */
#include <linux/errno.h>
#include <linux/jiffies.h>
#include <linux/wait.h>

struct engine {
	bool done;
	wait_queue_head_t wq;
};

static int __maybe_unused engine_sync(struct engine *e)
{
	if (!wait_event_timeout(e->wq, READ_ONCE(e->done), 5 * HZ))
		return -ETIMEDOUT;
	return 0;
}
