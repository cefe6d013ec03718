// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: BUG_ON(waitqueue_active()) after a store does not gate a wake-up: not reported
 *
 * check-output-start
 * check-output-end
 */

/*
 * Not a lost wake-up.  On teardown nobody may still be waiting; the test
 * asserts that, and no wake-up depends on its result.
 */
#include <linux/bug.h>
#include <linux/wait.h>

struct ctx {
	wait_queue_head_t wait;
	bool dead;
};

extern void ctx_free(struct ctx *ctx);

static void __maybe_unused ctx_destroy(struct ctx *ctx)
{
	ctx->dead = true;
	BUG_ON(waitqueue_active(&ctx->wait));
	ctx_free(ctx);
}
