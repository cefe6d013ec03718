// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: waitqueue_active() guarding wake_up()
 *
 * check-output-start
testcases/wake-up.c:25:5-21: WARNING: store to cmd->result (line 24) may be reordered after waitqueue_active(&cmd->wait) in cmd_finish(): a waiter can miss the wake-up; add smp_mb() before the check
 * check-output-end
 */

/*
 * Racy.  The canonical shape: store, unordered test, wake.
 */
#include <linux/wait.h>

#define CMD_PENDING (-1)

struct cmd {
	wait_queue_head_t wait;
	int result;
};

static void __maybe_unused cmd_finish(struct cmd *cmd, int result)
{
	cmd->result = result;
	/*
	 * Order the store to cmd->result before the wait-list test of
	 * cmd->wait; pairs with the barrier in wait_event() in cmd_wait().
	 */
	smp_mb();
	if (waitqueue_active(&cmd->wait))
		wake_up(&cmd->wait);
}

static int __maybe_unused cmd_wait(struct cmd *cmd)
{
	wait_event(cmd->wait, READ_ONCE(cmd->result) != CMD_PENDING);
	return cmd->result;
}
