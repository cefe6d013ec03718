/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The shared state of the model AIO context: a completion ring reduced to
 * its two indices, and the queue its readers wait on.
 */
#ifndef REPRO_AIO_H
#define REPRO_AIO_H

#include <stdbool.h>

#include "waitqueue.h"

struct kioctx {
	/* aio_complete() advances tail; read_events() consumes up to it. */
	unsigned int tail;
	unsigned int head;

	/* Readers waiting for an event. */
	struct wait_queue_head wait __aligned(64);

	/* Harness bookkeeping, not part of the kernel's shape. */
	unsigned int completed __aligned(64);
	long timeout_us;
	unsigned long slow;
};

bool read_events(struct kioctx *ctx, unsigned int round);

#endif /* REPRO_AIO_H */
