// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: two-sided bare variable read: the poller tests the static flag the waker stores after poll_wait() (twin of two-sided-poll-flag-before.c): the race, high, the waiter named as reading it
 * check-command: wqcheck --complete --no-cache --confidence=high $file
 * check-exit-value: 1
 *
 * check-output-start
testcases/two-sided-poll-flag-after.c:31:6: warning: store to mon_closing (line 30) may be reordered after waitqueue_active(&mon_events) in mon_close(): a waiter can miss the wake-up; add smp_mb() before the check [wqcheck/missing-barrier]
testcases/two-sided-poll-flag-after.c:38:1: note: waiter mon_poll() sleeps in poll_wait() and reads mon_closing
 * check-output-end
 */

/*
 * Racy: mon_poll() is on mon_events when it tests mon_closing, and
 * mon_close() tests the list with its store to mon_closing perhaps
 * still buffered: mon_poll() reads 0, mon_close() reads an empty list,
 * and the poller sleeps until another event. The twin,
 * two-sided-poll-flag-before.c, tests the flag before poll_wait().
 */
#include <linux/atomic.h>
#include <linux/poll.h>
#include <linux/wait.h>

static DECLARE_WAIT_QUEUE_HEAD(mon_events);
static int mon_closing;
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
	poll_wait(file, &mon_events, pt);
	if (READ_ONCE(mon_closing))
		return EPOLLERR;
	if (atomic_read(&mon_count) != seen)
		return EPOLLIN;
	return 0;
}
