// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: blk-mq-like tag idle: atomic_dec() of the active count, then an unordered check
 *
 * check-output-start
testcases/real-blk-mq-tag-idle.c:40:5-21: WARNING: store to tags->active_queues (line 39) may be reordered after waitqueue_active(&tags->wait) in hctx_tag_idle(): a waiter can miss the wake-up; add smp_mb__after_atomic() before the check
 * check-output-end
 */

/*
 * Racy.  Tag allocators sleep on tags->wait until their fair share,
 * computed from active_queues, grows.  atomic_dec() is unordered, so the
 * idle queue can read an empty wait list before the allocator sees the
 * smaller count.  The test_and_clear_bit() is fully ordered but comes
 * before the decrement, so it does not help.
 */
#include <linux/atomic.h>
#include <linux/bitops.h>
#include <linux/wait.h>

#define HCTX_TAG_ACTIVE 1

struct tag_set {
	atomic_t active_queues;
	wait_queue_head_t wait;
};

struct hw_ctx {
	unsigned long state;
	struct tag_set *tags;
};

static void __maybe_unused hctx_tag_idle(struct hw_ctx *hctx)
{
	struct tag_set *tags = hctx->tags;

	if (!test_and_clear_bit(HCTX_TAG_ACTIVE, &hctx->state))
		return;
	atomic_dec(&tags->active_queues);
	/*
	 * Order the atomic_dec() on tags->active_queues before the wait-list
	 * test of tags->wait; pairs with set_current_state() in the waiter.
	 */
	smp_mb__after_atomic();
	if (waitqueue_active(&tags->wait))
		wake_up_all(&tags->wait);
}
