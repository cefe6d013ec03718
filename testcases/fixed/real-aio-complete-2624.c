// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: aio_complete() shaped like 2.6.24: new ring tail, then an unordered check
 *
 * check-output-start
testcases/real-aio-complete-2624.c:53:5-21: WARNING: store to info->tail (line 52) may be reordered after waitqueue_active(&ctx->wait) in aio_complete(): a waiter can miss the wake-up; add smp_mb() before the check
 * check-output-end
 */

/*
 * Racy: the 2.6.24 aio hang.  The completion publishes the new tail and
 * tests ctx->wait holding only ctx->ctx_lock.  The reader queues itself
 * on ctx->wait without that lock and then reads the tail, so each side
 * can miss the other's store; smp_wmb() orders the event before the
 * tail, not the tail before the test.  The fix added smp_mb().
 */
#include <linux/spinlock.h>
#include <linux/wait.h>

struct io_event_lite {
	u64 obj;
	s64 res;
};

struct aio_ring_info {
	unsigned long tail;
	unsigned long nr;
	struct io_event_lite *ring;
};

struct kioctx {
	spinlock_t ctx_lock;
	wait_queue_head_t wait;
	struct aio_ring_info ring_info;
};

static void __maybe_unused aio_complete(struct kioctx *ctx, u64 obj, s64 res)
{
	struct aio_ring_info *info = &ctx->ring_info;
	struct io_event_lite *event;
	unsigned long flags;
	unsigned long tail;

	spin_lock_irqsave(&ctx->ctx_lock, flags);
	tail = info->tail;
	event = &info->ring[tail];
	if (++tail >= info->nr)
		tail = 0;
	event->obj = obj;
	event->res = res;
	smp_wmb();
	info->tail = tail;
	/*
	 * Order the store to info->tail before the wait-list test of ctx->wait;
	 * pairs with set_current_state() in the waiter.
	 */
	smp_mb();
	if (waitqueue_active(&ctx->wait))
		wake_up(&ctx->wait);
	spin_unlock_irqrestore(&ctx->ctx_lock, flags);
}
