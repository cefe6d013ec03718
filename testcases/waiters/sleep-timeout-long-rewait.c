// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: sleep timeout: a 30 s timed wait retried by its loop is a stall when the wake-up is missed, not a re-poll
 * check-command: cocci-waiters $file
 *
 * check-output-start
wqcheck-waiter-1	testcases/waiters/sleep-timeout-long-rewait.c	29	link_wait_up	wait_event_timeout	l->state_wait	struct link		state		timeout	READ_ONCE(l->state) == 1	
 * check-output-end
 */

/*
 * The same shape as sleep-repoll-loop.c (the loop waits again when the
 * time is up, nothing leaves with an error), but each round waits 30 s:
 * a missed wake-up stalls the caller that long. A re-poll is a short
 * nap (at most 1 s); the timeout of the twin is 100 jiffies.
 */
#include <linux/jiffies.h>
#include <linux/wait.h>

struct link {
	wait_queue_head_t state_wait;
	int state;
};

extern void link_kick(struct link *l);

static void __maybe_unused link_wait_up(struct link *l)
{
	while (!wait_event_timeout(l->state_wait, READ_ONCE(l->state) == 1,
				   30 * HZ))
		link_kick(l);
}
