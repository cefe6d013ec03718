// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: a full barrier on both branches of an if: not reported
 *
 * check-output-start
 * check-output-end
 */

/*
 * Not racy.  Each branch ends with the barrier its store needs: smp_mb()
 * after the plain store, smp_mb__after_atomic() after the atomic RMW.
 */
#include <linux/atomic.h>
#include <linux/wait.h>

struct xfer {
	wait_queue_head_t wait;
	bool sync_done;
	atomic_t async_done;
};

static void __maybe_unused xfer_end(struct xfer *x, bool sync)
{
	if (sync) {
		x->sync_done = true;
		smp_mb();
	} else {
		atomic_inc(&x->async_done);
		smp_mb__after_atomic();
	}
	if (waitqueue_active(&x->wait))
		wake_up(&x->wait);
}
