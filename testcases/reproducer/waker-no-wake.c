// SPDX-License-Identifier: GPL-2.0
/*
 * A waker that publishes the tail and never wakes anyone.  Not a kernel
 * shape: `make check` runs it with the reader asleep first, where every
 * round must be counted as a lost wakeup, to show the counter counts.
 */
#include "waker.h"

static void aio_complete(struct kioctx *ctx, unsigned int tail)
{
	ctx->tail = tail;
}

const struct waker waker_no_wake = {
	.name = "no-wake",
	.source = __FILE__,
	.barrier = "(never wakes)",
	.complete = aio_complete,
};
