// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: aio_complete() with the fix: smp_mb() between the tail store and the check
 *
 * check-output-start
 * check-output-end
 */

/*
 * Not racy.  Twin of real-aio-complete-2624.c with the fix: the full
 * barrier orders the tail store before the load of the wait list, and
 * pairs with the one in the reader's set_current_state().
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
	/* Order the tail store before the lockless test of the wait list. */
	smp_mb();
	if (waitqueue_active(&ctx->wait))
		wake_up(&ctx->wait);
	spin_unlock_irqrestore(&ctx->ctx_lock, flags);
}
