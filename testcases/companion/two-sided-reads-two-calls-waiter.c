// SPDX-License-Identifier: GPL-2.0
/*
 * A companion of two-sided-reads-two-calls.c and
 * two-sided-reads-two-calls-mb.c (not a case of its own): the only
 * waiter of struct feed's wq.  Its condition is a call; f->tail is
 * read one static call further down.
 */
#include <linux/wait.h>

struct feed {
	unsigned int head;
	unsigned int tail;
	unsigned long stamp;
	bool closed;
	wait_queue_head_t wq;
};

static bool feed_nonempty(struct feed *f)
{
	return READ_ONCE(f->tail) != f->head;
}

static bool feed_ready(struct feed *f)
{
	return READ_ONCE(f->closed) || feed_nonempty(f);
}

static int __maybe_unused feed_wait(struct feed *f)
{
	return wait_event_interruptible(f->wq, feed_ready(f));
}
