// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: two-sided bare variable unread, not for sure: as two-sided-poll-flag-before.c, but the queue is not static (a file that declares it extern may wait on it): one level lower only, still shown
 * check-command: wqcheck --complete --no-cache $file
 * check-exit-value: 1
 *
 * check-output-start
testcases/two-sided-poll-extern-queue.c:35:6: warning: store to mon_closing (line 34) may be reordered after waitqueue_active(&mon_events) in mon_close(): a waiter can miss the wake-up; add smp_mb() before the check [wqcheck/missing-barrier]
testcases/two-sided-poll-extern-queue.c:44:1: note: waiter mon_poll() sleeps in poll_wait() and reads none of the stores before the check
 * check-output-end
 */

/*
 * As two-sided-poll-flag-before.c, mon_poll() tests mon_closing only
 * before poll_wait(). But mon_events is not static: a file that
 * declares it extern may wait on it and test mon_closing after it
 * enqueues. No waiter seen reads the store (one level lower), but not
 * every waiter is known to be seen (not low).
 */
#include <linux/atomic.h>
#include <linux/poll.h>
#include <linux/wait.h>

/* as a header shared with another file would declare them */
extern wait_queue_head_t mon_events;
extern int mon_closing;

DECLARE_WAIT_QUEUE_HEAD(mon_events);
int mon_closing;
static atomic_t mon_count;

static void __maybe_unused mon_close(void)
{
	mon_closing = 1;
	if (waitqueue_active(&mon_events))
		wake_up(&mon_events);
}

static __poll_t __maybe_unused mon_poll(struct file *file, poll_table *pt,
					int seen)
{
	if (READ_ONCE(mon_closing))
		return EPOLLERR;
	poll_wait(file, &mon_events, pt);
	if (atomic_read(&mon_count) != seen)
		return EPOLLIN;
	return 0;
}
