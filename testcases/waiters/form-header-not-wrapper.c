// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: a function of a header the file includes that takes the lock it releases is no wrapper: its call sites are no wait sites
 * check-command: cocci-waiters $file
 *
 * check-output-start
 * check-output-end
 */

/*
 * log_wait() of form-header-not-wrapper.h takes log->lock itself: the
 * caller's test is not made under the lock the wait releases, and the
 * index does not take the call for a wait.
 */
#include "form-header-not-wrapper.h"

struct log_buf {
	spinlock_t lock;
	wait_queue_head_t flush_wait;
	unsigned int flushed;
};

static void __maybe_unused log_wait_flushed(struct log_buf *log,
					    unsigned int seq)
{
	while (READ_ONCE(log->flushed) < seq)
		log_wait(&log->flush_wait, &log->lock);
}
