// SPDX-License-Identifier: GPL-2.0
/*
 * wq_has_sleeper() in place of waitqueue_active(): the same test with the
 * smp_mb() built in, the form the kernel recommends.  Fixed.
 */
#include "waker.h"

static void aio_complete(struct kioctx *ctx, unsigned int tail)
{
	ctx->tail = tail;
	if (wq_has_sleeper(&ctx->wait))
		wake_up(&ctx->wait);
}

const struct waker waker_wq_has_sleeper = {
	.name = "wq-has-sleeper",
	.source = __FILE__,
	.barrier = "wq_has_sleeper()",
	.complete = aio_complete,
};
