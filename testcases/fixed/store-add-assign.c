// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: compound assignment (+=) to a shared field
 *
 * check-output-start
testcases/store-add-assign.c:23:5-21: WARNING: store to pipe->avail (line 22) may be reordered after waitqueue_active(&pipe->rd_wait) in pipe_commit(): a waiter can miss the wake-up; add smp_mb() before the check
 * check-output-end
 */

/*
 * Racy.  A reader sleeps while pipe->avail is zero.
 */
#include <linux/wait.h>

struct pipe_buf {
	wait_queue_head_t rd_wait;
	size_t avail;
};

static void __maybe_unused pipe_commit(struct pipe_buf *pipe, size_t len)
{
	pipe->avail += len;
	/*
	 * Order the store to pipe->avail before the wait-list test of
	 * pipe->rd_wait; pairs with set_current_state() in the waiter.
	 */
	smp_mb();
	if (waitqueue_active(&pipe->rd_wait))
		wake_up_interruptible(&pipe->rd_wait);
}
