// SPDX-License-Identifier: GPL-2.0-only
/* The tree the --patch tests apply to: a completion done right. */
#include <linux/wait.h>

struct kioctx {
	unsigned long tail;
	wait_queue_head_t wait;
};

static void aio_complete(struct kioctx *ctx, unsigned long tail)
{
	ctx->tail = tail;

	/*
	 * Order the tail store before the test of the wait list: the
	 * waiter enqueues, then reads the tail.
	 */
	smp_mb();

	if (waitqueue_active(&ctx->wait))
		wake_up(&ctx->wait);
}
