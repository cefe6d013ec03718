// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: a goto jumps over the barrier: reported, at the store that takes the jump
 *
 * check-output-start
testcases/path-goto-skips-mb.c:31:5-21: WARNING: store to x->err (line 25) may be reordered after waitqueue_active(&x->wait) in xfer_end(): a waiter can miss the wake-up; add smp_mb() before the check
 * check-output-end
 */

/*
 * Racy on the error path.  x->bytes is later in the text but always
 * passes smp_mb() before the test; x->err reaches the test through the
 * goto with no barrier, so it is the one reported.
 */
#include <linux/wait.h>

struct xfer {
	wait_queue_head_t wait;
	int err;
	unsigned int bytes;
};

static void __maybe_unused xfer_end(struct xfer *x, int err, unsigned int len)
{
	x->err = err;
	if (err)
		goto wake;
	x->bytes = len;
	smp_mb();
wake:
	/*
	 * Order the store to x->err before the wait-list test of x->wait; pairs
	 * with set_current_state() in the waiter.
	 */
	smp_mb();
	if (waitqueue_active(&x->wait))
		wake_up(&x->wait);
}
