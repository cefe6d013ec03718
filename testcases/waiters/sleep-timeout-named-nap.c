// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: sleep timeout: a nap whose length is a constant of the file (#define STALL_MS (30 * MSEC_PER_SEC)), too long for a re-poll
 * check-command: cocci-waiters $file
 *
 * check-output-start
wqcheck-waiter-1	testcases/waiters/sleep-timeout-named-nap.c	27	backoff	add_wait_queue	&backoff_wait					timeout		
 * check-output-end
 */

/*
 * Nap for 30 s, woken early if the queue is woken:
 * the timeout names macros of this file, whose value makes it a stall
 * when the wake-up is missed. Its twin is sleep-repoll-named-nap.c.
 */
#include <linux/wait.h>

#define STALL_MS	(30 * MSEC_PER_SEC)
#define MSEC_PER_SEC	1000

static DECLARE_WAIT_QUEUE_HEAD(backoff_wait);

static void __maybe_unused backoff(void)
{
	DECLARE_WAITQUEUE(wait, current);

	add_wait_queue(&backoff_wait, &wait);
	schedule_timeout_uninterruptible(msecs_to_jiffies(STALL_MS));
	remove_wait_queue(&backoff_wait, &wait);
}
