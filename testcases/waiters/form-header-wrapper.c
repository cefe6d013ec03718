// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: a wrapper in a header the file includes from its directory (enqueues on a queue parameter, releases a lock parameter, sleeps) is a wait form at its call sites
 * check-command: cocci-waiters $file
 *
 * check-output-start
wqcheck-waiter-1	testcases/waiters/form-header-wrapper.c	29	log_wait_flushed	log_wait	&log->flush_wait	struct log_buf		flushed	struct log_buf|&log->lock	none		
 * check-output-end
 */

/*
 * log_wait() is defined in form-header-wrapper.h: a caller that tests
 * its condition under log->lock and calls it waits on the queue it
 * passes, under the lock it passes.
 */
#include "form-header-wrapper.h"

struct log_buf {
	spinlock_t lock;
	wait_queue_head_t flush_wait;
	unsigned int flushed;
};

static void __maybe_unused log_wait_flushed(struct log_buf *log,
					    unsigned int seq)
{
	spin_lock(&log->lock);
	while (log->flushed < seq) {
		log_wait(&log->flush_wait, &log->lock);
		spin_lock(&log->lock);
	}
	spin_unlock(&log->lock);
}
