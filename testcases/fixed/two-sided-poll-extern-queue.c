// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: two-sided bare variable unread, not for sure: as two-sided-poll-flag-before.c, but the queue is not static (a file that declares it extern may wait on it): one level lower only, still shown
 * check-command: wqcheck --complete --no-cache $file
 * check-exit-value: 1
 *
 * check-output-start
testcases/two-sided-poll-extern-queue.c:35:6: warning: store to ext_closing (line 34) may be reordered after waitqueue_active(&ext_events) in ext_close(): a waiter can miss the wake-up; add smp_mb() before the check [wqcheck/missing-barrier]
testcases/two-sided-poll-extern-queue.c:44:1: note: waiter ext_poll() sleeps in poll_wait() and reads none of the stores before the check
 * check-output-end
 */

/*
 * As two-sided-poll-flag-before.c, ext_poll() tests ext_closing only
 * before poll_wait(). But ext_events is not static: a file that
 * declares it extern may wait on it and test ext_closing after it
 * enqueues. No waiter seen reads the store (one level lower), but not
 * every waiter is known to be seen (not low).
 */
#include <linux/atomic.h>
#include <linux/poll.h>
#include <linux/wait.h>

/* as a header shared with another file would declare them */
extern wait_queue_head_t ext_events;
extern int ext_closing;

DECLARE_WAIT_QUEUE_HEAD(ext_events);
int ext_closing;
static atomic_t ext_count;

static void __maybe_unused ext_close(void)
{
	ext_closing = 1;
	/*
	 * Order the store to ext_closing before the wait-list test of
	 * ext_events; pairs with set_current_state() in the waiter.
	 */
	smp_mb();
	if (waitqueue_active(&ext_events))
		wake_up(&ext_events);
}

static __poll_t __maybe_unused ext_poll(struct file *file, poll_table *pt,
					int seen)
{
	if (READ_ONCE(ext_closing))
		return EPOLLERR;
	poll_wait(file, &ext_events, pt);
	if (atomic_read(&ext_count) != seen)
		return EPOLLIN;
	return 0;
}
