// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: fully ordered test_and_clear_bit() as the store: not reported
 *
 * check-output-start
 * check-output-end
 */

/*
 * Not racy.  test_and_clear_bit() is fully ordered whatever it returns.
 */
#include <linux/bitops.h>
#include <linux/wait.h>

#define FL_INFLIGHT 1

struct flusher {
	wait_queue_head_t wait;
	unsigned long flags;
};

static void __maybe_unused flusher_done(struct flusher *fl)
{
	if (!test_and_clear_bit(FL_INFLIGHT, &fl->flags))
		return;
	if (waitqueue_active(&fl->wait))
		wake_up_all(&fl->wait);
}
