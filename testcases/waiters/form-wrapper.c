// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: a wrapper of this file (enqueues on a queue parameter, releases a lock parameter, sleeps) is a wait form at its call sites
 * check-command: cocci-waiters $file
 *
 * check-output-start
wqcheck-waiter-1	testcases/waiters/form-wrapper.c	30	log_wait	prepare_to_wait	wq	struct wait_queue_head			spinlock_t|lock	none		
wqcheck-waiter-1	testcases/waiters/form-wrapper.c	41	log_wait_flushed	log_wait	&log->flush_wait	struct log_buf		flushed	struct log_buf|&log->lock	none		
 * check-output-end
 */

/*
 * log_wait() is called with @lock held, queues itself, drops the lock
 * and sleeps: a caller that tests its condition under the lock and then
 * calls it waits on the queue it passes, under the lock it passes.
 */
#include <linux/spinlock.h>
#include <linux/wait.h>

struct log_buf {
	spinlock_t lock;
	wait_queue_head_t flush_wait;
	unsigned int flushed;
};

static void log_wait(struct wait_queue_head *wq, spinlock_t *lock)
{
	DEFINE_WAIT(wait);

	prepare_to_wait(wq, &wait, TASK_UNINTERRUPTIBLE);
	spin_unlock(lock);
	schedule();
	finish_wait(wq, &wait);
}

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
