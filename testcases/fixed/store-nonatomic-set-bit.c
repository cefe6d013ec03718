// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: __set_bit() is a plain (non-atomic) store: smp_mb() needed
 *
 * check-output-start
testcases/store-nonatomic-set-bit.c:27:5-21: WARNING: store to ctx->flags (line 26) may be reordered after waitqueue_active(&ctx->wait) in ctx_shutdown(): a waiter can miss the wake-up; add smp_mb() before the check
 * check-output-end
 */

/*
 * Racy.  __set_bit() is a plain read-modify-write of the word, not an
 * atomic, so smp_mb__after_atomic() would not be enough: smp_mb() is.
 */
#include <linux/bitops.h>
#include <linux/wait.h>

#define CTX_SHUTDOWN 1

struct io_ctx {
	wait_queue_head_t wait;
	unsigned long flags;
};

static void __maybe_unused ctx_shutdown(struct io_ctx *ctx)
{
	__set_bit(CTX_SHUTDOWN, &ctx->flags);
	/*
	 * Order the store to ctx->flags before the wait-list test of ctx->wait;
	 * pairs with set_current_state() in the waiter.
	 */
	smp_mb();
	if (waitqueue_active(&ctx->wait))
		wake_up_all(&ctx->wait);
}
