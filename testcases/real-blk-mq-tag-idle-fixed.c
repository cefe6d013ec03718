// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: blk-mq-like tag idle, fixed: smp_mb__after_atomic() after the atomic_dec()
 *
 * check-output-start
 * check-output-end
 */

/*
 * Not racy.  Twin of real-blk-mq-tag-idle.c: the barrier upgrades the
 * decrement to full ordering before the wait list is tested.
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
	smp_mb__after_atomic();
	if (waitqueue_active(&tags->wait))
		wake_up_all(&tags->wait);
}
