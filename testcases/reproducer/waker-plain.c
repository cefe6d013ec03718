// SPDX-License-Identifier: GPL-2.0
/*
 * The waker as 2.6.24's aio_complete() had it: publish the new tail, then
 * wake the readers if any are queued, with nothing between.  The store may
 * still sit in this CPU's store buffer when waitqueue_active() reads the
 * list head, so the waker can see an empty queue while the reader, already
 * queued, sees the old tail and goes to sleep.  Broken.
 */
#include "waker.h"

static void aio_complete(struct kioctx *ctx, unsigned int tail)
{
	ctx->tail = tail;
	if (waitqueue_active(&ctx->wait))
		wake_up(&ctx->wait);
}

const struct waker waker_plain = {
	.name = "plain",
	.source = __FILE__,
	.barrier = "none",
	.complete = aio_complete,
};
