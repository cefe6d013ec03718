// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: store then an unconditional wake_up(): no lockless check, not reported
 *
 * check-output-start
 * check-output-end
 */

/*
 * Not racy.  wake_up() takes the wait queue lock before it looks at the
 * list, which pairs with the lock in prepare_to_wait().
 */
#include <linux/wait.h>

struct cmd {
	wait_queue_head_t wait;
	int result;
};

static void __maybe_unused cmd_finish(struct cmd *cmd, int result)
{
	cmd->result = result;
	wake_up(&cmd->wait);
}
