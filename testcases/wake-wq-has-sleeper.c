// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: wq_has_sleeper() has the barrier built in: not reported
 *
 * check-output-start
 * check-output-end
 */

/*
 * Not racy.  wq_has_sleeper() is smp_mb() followed by waitqueue_active().
 */
#include <linux/wait.h>

struct cmd {
	wait_queue_head_t wait;
	int result;
};

static void __maybe_unused cmd_finish(struct cmd *cmd, int result)
{
	cmd->result = result;
	if (wq_has_sleeper(&cmd->wait))
		wake_up(&cmd->wait);
}
