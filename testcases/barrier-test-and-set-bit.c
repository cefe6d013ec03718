// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: fully ordered test_and_set_bit() between store and check: not reported
 *
 * check-output-start
 * check-output-end
 */

/*
 * Not racy.  test_and_set_bit() returns a value and is fully ordered.
 */
#include <linux/bitops.h>
#include <linux/wait.h>

#define ST_COMPLETE 0

struct op {
	wait_queue_head_t wait;
	unsigned long state;
	int result;
};

static void __maybe_unused op_complete(struct op *op, int result)
{
	op->result = result;
	if (test_and_set_bit(ST_COMPLETE, &op->state))
		return;
	if (waitqueue_active(&op->wait))
		wake_up(&op->wait);
}
