// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: sleep timeout: schedule_timeout() in a wait loop that leaves with -ETIMEDOUT when the time is up
 * check-command: cocci-waiters $file
 *
 * check-output-start
wqcheck-waiter-1	testcases/waiters/sleep-timeout-loop.c	29	fw_wait	prepare_to_wait	&fw->wait	struct fw_loader		loaded		timeout		
 * check-output-end
 */

/*
 * The loop goes back to the wait only while time is left: its expiry
 * ends the wait with an error.
 */
#include <linux/errno.h>
#include <linux/wait.h>

struct fw_loader {
	wait_queue_head_t wait;
	bool loaded;
};

static int __maybe_unused fw_wait(struct fw_loader *fw, long timeout)
{
	DEFINE_WAIT(wait);
	int ret = 0;

	for (;;) {
		prepare_to_wait(&fw->wait, &wait, TASK_UNINTERRUPTIBLE);
		if (READ_ONCE(fw->loaded))
			break;
		if (!timeout) {
			ret = -ETIMEDOUT;
			break;
		}
		timeout = schedule_timeout(timeout);
	}
	finish_wait(&fw->wait, &wait);
	return ret;
}
