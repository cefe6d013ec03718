// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: fully ordered atomic_inc_return() between store and check: not reported
 *
 * check-output-start
 * check-output-end
 */

/*
 * Not racy.  A value-returning atomic is fully ordered, like smp_mb() on
 * both sides of it.
 */
#include <linux/atomic.h>
#include <linux/wait.h>

struct stream {
	wait_queue_head_t wait;
	atomic_t seq;
	int last_len;
};

static int __maybe_unused stream_post(struct stream *st, int len)
{
	int seq;

	st->last_len = len;
	seq = atomic_inc_return(&st->seq);
	if (waitqueue_active(&st->wait))
		wake_up(&st->wait);
	return seq;
}
