// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: two-sided aio mutant: the same with smp_mb() before the check, as the kernel has it: not reported
 * check-command: wqcheck --waiters --no-cache --confidence=low $file testcases/companion/two-sided-aio-waiter.c
 * check-companion: testcases/companion/two-sided-aio-waiter.c
 * check-exit-value: 0
 *
 * check-output-start
 * check-output-end
 */

/*
 * Correct: the twin of two-sided-aio-mutant.c.  smp_mb() after the
 * unlock orders the store to ring->tail (and everything before it)
 * before the test of the wait list; the smp_wmb() keeps its own job,
 * the event before the tail.
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

static void __maybe_unused evctx_complete(struct evctx *ctx, struct evt ev)
{
	struct evring_hdr *ring;
	struct evt *event;
	unsigned long flags;
	unsigned int tail;

	spin_lock_irqsave(&ctx->completion_lock, flags);
	tail = ctx->tail;
	event = &ctx->events[tail];
	if (++tail >= ctx->nr_events)
		tail = 0;
	*event = ev;
	smp_wmb();
	ctx->tail = tail;
	ring = ctx->ring;
	ring->tail = tail;
	spin_unlock_irqrestore(&ctx->completion_lock, flags);

	smp_mb();	/* the ring's tail before the test of the wait list */
	if (waitqueue_active(&ctx->wait))
		wake_up(&ctx->wait);
}
