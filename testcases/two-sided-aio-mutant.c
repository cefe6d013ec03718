// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: two-sided aio mutant: event, smp_wmb(), ctx->tail, ring->tail, no barrier before the check; the waiter (in another file) reads ring->tail two calls deep: name ring->tail, missing-barrier
 * check-command: wqcheck --waiters --no-cache --confidence=low $file testcases/companion/two-sided-aio-waiter.c
 * check-companion: testcases/companion/two-sided-aio-waiter.c
 * check-exit-value: 1
 *
 * check-output-start
testcases/two-sided-aio-mutant.c:65:6: warning: store to ring->tail (line 62) may be reordered after waitqueue_active(&ctx->wait) in evctx_complete(): a waiter can miss the wake-up; add smp_mb() before the check [wqcheck/missing-barrier]
testcases/companion/two-sided-aio-waiter.c:61:1: note: waiter evctx_wait() sleeps in wait_event_interruptible() and reads ring->tail in evring_fetch()
 * check-output-end
 */

/*
 * Racy: the shape of 6.12's aio completion with its smp_mb() deleted.
 * smp_wmb() orders the event before the tails that publish it, and
 * that is all it does.  The waiter, evctx_wait() in another file,
 * reads ring->tail in evring_fetch(), two static calls below its
 * wait_event_interruptible() condition: the store it can miss is
 * ring->tail, made after the smp_wmb().  So this is a missing barrier
 * naming ring->tail, not a wrong barrier naming *event: turning the
 * smp_wmb() into smp_mb() would leave the race as it is.
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

	if (waitqueue_active(&ctx->wait))
		wake_up(&ctx->wait);
}
