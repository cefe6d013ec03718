// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: sleep timeout: wait_event_timeout() whose expiry is an error (no loop goes back to it)
 * check-command: cocci-waiters $file
 *
 * check-output-start
wqcheck-waiter-1	testcases/waiters/sleep-timeout.c	25	cmd_wait	wait_event_timeout	ch->done_wait	struct cmd_chan		done		timeout	READ_ONCE(ch->done)	
 * check-output-end
 */

/*
 * A command either completes or times out with an error: a lost
 * wake-up here is a spurious -ETIMEDOUT, still a race to report.
 */
#include <linux/errno.h>
#include <linux/wait.h>

struct cmd_chan {
	wait_queue_head_t done_wait;
	bool done;
};

static int __maybe_unused cmd_wait(struct cmd_chan *ch, long timeout)
{
	if (!wait_event_timeout(ch->done_wait, READ_ONCE(ch->done), timeout))
		return -ETIMEDOUT;
	return 0;
}
