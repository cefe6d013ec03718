// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: sleep repoll: a nap whose length is a constant of the file (#define BACKOFF_MS 3), read through the macro
 * check-command: cocci-waiters $file
 *
 * check-output-start
wqcheck-waiter-1	testcases/waiters/sleep-repoll-named-nap.c	26	backoff	add_wait_queue	&backoff_wait					repoll		
 * check-output-end
 */

/*
 * Back off for a few milliseconds, woken early if the queue is woken:
 * the timeout names a macro of this file, whose value makes it a short
 * nap. Its twin, sleep-timeout-named-nap.c, naps for 30 s: a stall.
 */
#include <linux/wait.h>

#define BACKOFF_MS	3

static DECLARE_WAIT_QUEUE_HEAD(backoff_wait);

static void __maybe_unused backoff(void)
{
	DECLARE_WAITQUEUE(wait, current);

	add_wait_queue(&backoff_wait, &wait);
	schedule_timeout_uninterruptible(msecs_to_jiffies(BACKOFF_MS));
	remove_wait_queue(&backoff_wait, &wait);
}
