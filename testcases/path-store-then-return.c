// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: a store followed by return on its path never reaches the check: not reported
 *
 * check-output-start
 * check-output-end
 */

/*
 * Not racy.  The error store is followed by an unconditional wake_up()
 * and a return, so it never reaches the lockless test; the store on the
 * other path is ordered by smp_mb().
 */
#include <linux/wait.h>

struct fetch {
	wait_queue_head_t wait;
	int error;
	bool done;
};

static void __maybe_unused fetch_end(struct fetch *f, int err)
{
	if (err) {
		f->error = err;
		wake_up_all(&f->wait);
		return;
	}
	f->done = true;
	smp_mb();
	if (waitqueue_active(&f->wait))
		wake_up(&f->wait);
}
