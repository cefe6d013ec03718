// SPDX-License-Identifier: GPL-2.0
/*
 * The tail published with smp_store_release().  A release orders what came
 * before the store, not what comes after it: the later waitqueue_active()
 * load may still complete first.  Still broken (on x86 the release store is
 * a plain mov).
 */
#include "waker.h"

static void aio_complete(struct kioctx *ctx, unsigned int tail)
{
	smp_store_release(&ctx->tail, tail);
	if (waitqueue_active(&ctx->wait))
		wake_up(&ctx->wait);
}

const struct waker waker_store_release = {
	.name = "store-release",
	.source = __FILE__,
	.barrier = "smp_store_release()",
	.complete = aio_complete,
};
