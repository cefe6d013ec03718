// SPDX-License-Identifier: GPL-2.0
/*
 * The fix for the seed bug: smp_mb() between the store and the test.
 * The full barrier keeps the waitqueue_active() load from completing until
 * the store is visible to the reader, which pairs with the smp_mb() in the
 * reader's set_current_state(): at least one side sees the other.  Fixed.
 */
#include "waker.h"

static void aio_complete(struct kioctx *ctx, unsigned int tail)
{
	ctx->tail = tail;
	smp_mb();	/* pairs with the one in set_current_state() */
	if (waitqueue_active(&ctx->wait))
		wake_up(&ctx->wait);
}

const struct waker waker_smp_mb = {
	.name = "smp-mb",
	.source = __FILE__,
	.barrier = "smp_mb()",
	.complete = aio_complete,
};
