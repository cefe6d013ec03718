// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: two-sided bare variable read: the poller tests the static flag the waker stores after poll_wait() (twin of two-sided-poll-flag-before.c): the race, high, the waiter named as reading it
 * check-command: wqcheck --complete --no-cache --confidence=high $file
 * check-exit-value: 1
 *
 * check-output-start
testcases/two-sided-poll-flag-after.c:31:6: warning: store to watch_closing (line 30) may be reordered after waitqueue_active(&watch_events) in watch_close(): a waiter can miss the wake-up; add smp_mb() before the check [wqcheck/missing-barrier]
testcases/two-sided-poll-flag-after.c:38:1: note: waiter watch_poll() sleeps in poll_wait() and reads watch_closing
 * check-output-end
 */

/*
 * Racy: watch_poll() is on watch_events when it tests watch_closing, and
 * watch_close() tests the list with its store to watch_closing perhaps
 * still buffered: watch_poll() reads 0, watch_close() reads an empty list,
 * and the poller sleeps until another event. The twin,
 * two-sided-poll-flag-before.c, tests the flag before poll_wait().
 */
#include <linux/atomic.h>
#include <linux/poll.h>
#include <linux/wait.h>

static DECLARE_WAIT_QUEUE_HEAD(watch_events);
static int watch_closing;
static atomic_t watch_count;

static void __maybe_unused watch_close(void)
{
	watch_closing = 1;
	if (waitqueue_active(&watch_events))
		wake_up(&watch_events);
}

static __poll_t __maybe_unused watch_poll(struct file *file, poll_table *pt,
					int seen)
{
	poll_wait(file, &watch_events, pt);
	if (READ_ONCE(watch_closing))
		return EPOLLERR;
	if (atomic_read(&watch_count) != seen)
		return EPOLLIN;
	return 0;
}
