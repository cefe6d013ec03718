// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: fully ordered atomic_dec_and_test() between store and check: not reported
 *
 * check-output-start
 * check-output-end
 */

/*
 * Not racy.  The plain store of io->error is ordered before the test by
 * the fully ordered atomic_dec_and_test() in between.
 */
#include <linux/atomic.h>
#include <linux/wait.h>

struct io_batch {
	wait_queue_head_t wait;
	atomic_t remaining;
	int error;
};

static void __maybe_unused batch_end_io(struct io_batch *io, int err)
{
	bool last;

	if (err)
		io->error = err;
	last = atomic_dec_and_test(&io->remaining);
	if (last && waitqueue_active(&io->wait))
		wake_up(&io->wait);
}
