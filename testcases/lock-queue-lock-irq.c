// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: check under spin_lock_irq() of the queue's own lock: not reported
 *
 * check-output-start
 * check-output-end
 */

/*
 * Not racy.  Same as lock-queue-lock.c with the _irq lock form.
 */
#include <linux/poll.h>
#include <linux/wait.h>

struct timerfd_lite {
	wait_queue_head_t wqh;
	u64 ticks;
};

static void __maybe_unused tfd_expire(struct timerfd_lite *ctx)
{
	spin_lock_irq(&ctx->wqh.lock);
	ctx->ticks++;
	if (waitqueue_active(&ctx->wqh))
		wake_up_locked_poll(&ctx->wqh, EPOLLIN);
	spin_unlock_irq(&ctx->wqh.lock);
}
