// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: sleep timeout: add_wait_queue() then a 5 s schedule_timeout*() with nothing tested between is a stall, not a nap
 * check-command: cocci-waiters $file
 *
 * check-output-start
wqcheck-waiter-1	testcases/waiters/sleep-timeout-long-nap.c	25	wait_for_free	add_wait_queue	&free_wait					timeout		
 * check-output-end
 */

/*
 * The twin of sleep-repoll-nap.c (one tick): nothing is tested between
 * the enqueue and the sleep, but a missed wake-up costs 5 s.
 */
#include <linux/jiffies.h>
#include <linux/sched.h>
#include <linux/wait.h>

static DECLARE_WAIT_QUEUE_HEAD(free_wait);

static void __maybe_unused wait_for_free(void)
{
	DECLARE_WAITQUEUE(wait, current);

	add_wait_queue(&free_wait, &wait);
	schedule_timeout_uninterruptible(5 * HZ);
	remove_wait_queue(&free_wait, &wait);
}
