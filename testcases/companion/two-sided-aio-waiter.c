// SPDX-License-Identifier: GPL-2.0
/*
 * A companion of two-sided-aio-mutant.c and two-sided-aio-mutant-mb.c
 * (not a case of its own): the only waiter of struct evctx's wait.  Its
 * condition calls evring_try_fetch(), which calls evring_fetch(), which
 * reads ring->tail.
 */
#include <linux/spinlock.h>
#include <linux/wait.h>

struct evt {
	u64 obj;
	s64 res;
};

struct evring_hdr {
	unsigned int head;
	unsigned int tail;
};

struct evctx {
	spinlock_t completion_lock;
	unsigned int tail;
	unsigned int nr_events;
	struct evring_hdr *ring;
	struct evt *events;
	wait_queue_head_t wait;
};

/* Copies out what lies between the ring's head and its tail. */
static long evring_fetch(struct evctx *ctx, struct evt *event, long nr)
{
	struct evring_hdr *ring = ctx->ring;
	unsigned int head = ring->head;
	unsigned int tail = READ_ONCE(ring->tail);
	long got = 0;

	smp_rmb();	/* the tail before the events it publishes */
	while (head != tail && got < nr) {
		event[got++] = ctx->events[head];
		if (++head >= ctx->nr_events)
			head = 0;
	}
	WRITE_ONCE(ring->head, head);
	return got;
}

static bool evring_try_fetch(struct evctx *ctx, long min_nr, long nr,
			     struct evt *event, long *got)
{
	*got += evring_fetch(ctx, event + *got, nr - *got);
	return *got >= min_nr;
}

static long __maybe_unused evctx_wait(struct evctx *ctx, long min_nr, long nr,
				      struct evt *event)
{
	long got = 0;
	int ret;

	ret = wait_event_interruptible(ctx->wait,
			evring_try_fetch(ctx, min_nr, nr, event, &got));
	return got ? got : ret;
}
