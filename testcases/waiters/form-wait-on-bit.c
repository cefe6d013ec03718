// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: wait_on_bit(): the queue is the word, the bit is its own field, the reads are the word's member and the bit
 * check-command: cocci-waiters $file
 *
 * check-output-start
wqcheck-waiter-1	testcases/waiters/form-wait-on-bit.c	25	dev_wait_idle	wait_on_bit	&dev->flags	struct device_state	DEV_BUSY	flags DEV_BUSY		none		
 * check-output-end
 */

/*
 * Waiting on a bit: the waker is wake_up_bit(&dev->flags, DEV_BUSY), so
 * the record keeps the word and the bit as written.
 */
#include <linux/wait_bit.h>

#define DEV_BUSY	3

struct device_state {
	unsigned long flags;
};

static int __maybe_unused dev_wait_idle(struct device_state *dev)
{
	return wait_on_bit(&dev->flags, DEV_BUSY, TASK_UNINTERRUPTIBLE);
}
