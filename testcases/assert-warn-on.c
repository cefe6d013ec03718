// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: WARN_ON(waitqueue_active()) after a store does not gate a wake-up: not reported
 *
 * check-output-start
 * check-output-end
 */

/*
 * Not a lost wake-up.  The warning reports a leftover waiter; the wake-up
 * below is unconditional.
 */
#include <linux/bug.h>
#include <linux/wait.h>

struct chan {
	wait_queue_head_t wait;
	bool closed;
};

static void __maybe_unused chan_close(struct chan *ch)
{
	ch->closed = true;
	WARN_ON(waitqueue_active(&ch->wait));
	wake_up_all(&ch->wait);
}
