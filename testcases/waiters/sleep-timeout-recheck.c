// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: sleep timeout: a timed wait in a loop whose result is ignored, then the condition re-tested with an error exit
 * check-command: cocci-waiters $file
 *
 * check-output-start
wqcheck-waiter-1	testcases/waiters/sleep-timeout-recheck.c	31	flash_read	wait_event_timeout	fd->wait	struct flash_dev		busy		timeout	atomic_read(&fd->busy) == 0	
 * check-output-end
 */

/*
 * The loop walks the blocks; each wait that times out is followed by
 * a re-test that gives up with -EBUSY: the expiry leaves the wait.
 */
#include <linux/atomic.h>
#include <linux/errno.h>
#include <linux/wait.h>

struct flash_dev {
	wait_queue_head_t wait;
	atomic_t busy;
};

extern void flash_read_block(struct flash_dev *fd, int block);

static int __maybe_unused flash_read(struct flash_dev *fd, int nr_blocks)
{
	int i;

	for (i = 0; i < nr_blocks; i++) {
		wait_event_timeout(fd->wait, atomic_read(&fd->busy) == 0, 100);
		if (atomic_read(&fd->busy))
			return -EBUSY;
		flash_read_block(fd, i);
	}
	return 0;
}
