// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: two-sided aio mutant, the waiter in the same file: its condition passes a local named event, which is not a read of *event: name ring->tail, missing-barrier
 * check-command: wqcheck --waiters --no-cache --confidence=low $file
 * check-exit-value: 1
 *
 * check-output-start
testcases/two-sided-aio-mutant-same-file.c:63:6: warning: store to ring->tail (line 60) may be reordered after waitqueue_active(&ctx->wait) in evctx_complete(): a waiter can miss the wake-up; add smp_mb() before the check [wqcheck/missing-barrier]
testcases/two-sided-aio-mutant-same-file.c:98:1: note: waiter evctx_wait() sleeps in wait_event_interruptible() and reads ring->tail in evring_fetch()
 * check-output-end
 */

/*
 * Racy: two-sided-aio-mutant.c with its waiter in the same file, as
 * in fs/aio.c.  The waiter's condition passes its buffer, a parameter
 * named event, down to evring_fetch(), which reads ring->tail.  Matching
 * the condition's text against the stored names takes that for a read
 * of *event and reports the smp_wmb() as the wrong barrier; the store
 * the waiter reads is ring->tail, after the smp_wmb(), and the fix is
 * an smp_mb() before the check.
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

	/*
	 * Order the store to ring->tail before the wait-list test of ctx->wait;
	 * pairs with the barrier in wait_event_interruptible() in evctx_wait().
	 */
	smp_mb();
	if (waitqueue_active(&ctx->wait))
		wake_up(&ctx->wait);
}

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
