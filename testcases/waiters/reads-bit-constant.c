// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: reads: a bit tested in the condition and a constant compared with are reads, known pure readers are not followed
 * check-command: cocci-waiters $file
 *
 * check-output-start
wqcheck-waiter-1	testcases/waiters/reads-bit-constant.c	30	link_wait_ready	wait_event	link->wait	struct link		LINK_UP flags state STATE_READY		none	test_bit(LINK_UP, &link->flags) && READ_ONCE(link->state) == STATE_READY	
 * check-output-end
 */

/*
 * test_bit() and READ_ONCE() read only their arguments: the bit, the
 * word's member, the state member and the constant are the reads, and
 * nothing else may be read (no *).
 */
#include <linux/bitops.h>
#include <linux/wait.h>

#define LINK_UP		0
#define STATE_READY	2

struct link {
	wait_queue_head_t wait;
	unsigned long flags;
	int state;
};

static void __maybe_unused link_wait_ready(struct link *link)
{
	wait_event(link->wait, test_bit(LINK_UP, &link->flags) &&
		   READ_ONCE(link->state) == STATE_READY);
}
