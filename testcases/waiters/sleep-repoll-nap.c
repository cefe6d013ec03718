// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: sleep repoll: add_wait_queue() then schedule_timeout*() with nothing tested between, a short nap
 * check-command: cocci-waiters $file
 *
 * check-output-start
wqcheck-waiter-1	testcases/waiters/sleep-repoll-nap.c	23	backoff	add_wait_queue	&backoff_wait					repoll		
 * check-output-end
 */

/*
 * Back off for a tick, woken early if the queue is woken: nothing is
 * tested between the enqueue and the sleep, so nothing can be missed.
 */
#include <linux/wait.h>

static DECLARE_WAIT_QUEUE_HEAD(backoff_wait);

static void __maybe_unused backoff(void)
{
	DECLARE_WAITQUEUE(wait, current);

	add_wait_queue(&backoff_wait, &wait);
	schedule_timeout_uninterruptible(1);
	remove_wait_queue(&backoff_wait, &wait);
}
