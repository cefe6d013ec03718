// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: wake_up_locked_poll() under spin_lock_irqsave() of the queue lock: not reported
 *
 * check-output-start
 * check-output-end
 */

/*
 * Not racy.  The test is made while holding ctx->wqh.lock, which
 * serialises it against the poller queueing itself.
 */
#include <linux/poll.h>
#include <linux/wait.h>

struct sigctx {
	wait_queue_head_t wqh;
	unsigned long pending;
};

static void __maybe_unused sigctx_post(struct sigctx *ctx, unsigned long sig)
{
	unsigned long flags;

	spin_lock_irqsave(&ctx->wqh.lock, flags);
	ctx->pending |= sig;
	if (waitqueue_active(&ctx->wqh))
		wake_up_locked_poll(&ctx->wqh, EPOLLIN);
	spin_unlock_irqrestore(&ctx->wqh.lock, flags);
}
