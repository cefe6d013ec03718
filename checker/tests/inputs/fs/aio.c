// SPDX-License-Identifier: GPL-2.0-only
/* A completion that publishes the tail, then tests the queue unordered. */
#include <linux/wait.h>

struct kioctx {
	unsigned long tail;
	wait_queue_head_t wait;
};

static void aio_complete(struct kioctx *ctx, unsigned long tail)
{
	ctx->tail = tail;
	if (waitqueue_active(&ctx->wait))
		wake_up(&ctx->wait);
}

static void aio_complete_fixed(struct kioctx *ctx, unsigned long tail)
{
	ctx->tail = tail;
	smp_mb();
	if (waitqueue_active(&ctx->wait))
		wake_up(&ctx->wait);
}
