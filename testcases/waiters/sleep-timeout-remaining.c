// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: sleep timeout: a wait loop that sleeps out the caller's remaining time, and returns -EAGAIN when it is gone
 * check-command: cocci-waiters $file
 *
 * check-output-start
wqcheck-waiter-1	testcases/waiters/sleep-timeout-remaining.c	35	chan_wait_space	prepare_to_wait_exclusive	&c->wait	struct chan		space &		timeout		
 * check-output-end
 */

/*
 * The loop goes back to the same wait, but the timeout is the caller's
 * (a socket's send timeout), copied back each round and tested at the
 * top: when it runs out the loop leaves with an error. A missed
 * wake-up costs the whole remaining time, not a short period: not a
 * re-poll. The twin is sleep-repoll-loop.c (a constant 100 jiffies,
 * nothing leaves on expiry).
 */
#include <linux/errno.h>
#include <linux/sched.h>
#include <linux/wait.h>

struct chan {
	wait_queue_head_t wait;
	int space;
};

static int __maybe_unused chan_wait_space(struct chan *c, long *timeo_p)
{
	long current_timeo = *timeo_p;
	DEFINE_WAIT(wait);
	int err = 0;

	for (;;) {
		prepare_to_wait_exclusive(&c->wait, &wait, TASK_INTERRUPTIBLE);
		if (!*timeo_p) {
			err = -EAGAIN;
			break;
		}
		if (READ_ONCE(c->space) > 0)
			break;
		current_timeo = schedule_timeout(current_timeo);
		*timeo_p = current_timeo;
	}
	finish_wait(&c->wait, &wait);
	return err;
}
