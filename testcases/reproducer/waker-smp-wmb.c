// SPDX-License-Identifier: GPL-2.0
/*
 * smp_wmb() between the store and the test.  It orders the store against
 * later stores only; waitqueue_active() is a load, so the store can still
 * wait in the store buffer while the load completes.  Still broken (on x86
 * smp_wmb() emits no instruction at all).
 */
#include "waker.h"

static void aio_complete(struct kioctx *ctx, unsigned int tail)
{
	ctx->tail = tail;
	smp_wmb();
	if (waitqueue_active(&ctx->wait))
		wake_up(&ctx->wait);
}

const struct waker waker_smp_wmb = {
	.name = "smp-wmb",
	.source = __FILE__,
	.barrier = "smp_wmb()",
	.complete = aio_complete,
};
