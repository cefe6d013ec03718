// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: two-sided bare variable unread for sure: the poller tests the static flag the waker stores only before poll_wait(), the queue is static to the file (all its waiters are here): low, not shown by default
 * check-command: wqcheck --complete --no-cache --confidence=low $file
 * check-exit-value: 1
 *
 * check-output-start
testcases/two-sided-poll-flag-before.c:34:6: warning: store to mon_closing (line 33) may be reordered after waitqueue_active(&mon_events) in mon_close(): a waiter can miss the wake-up; add smp_mb() before the check [wqcheck/missing-barrier]
testcases/two-sided-poll-flag-before.c:34:1: note: low: no waiter of the queue tests a variable these stores write
testcases/two-sided-poll-flag-before.c:43:1: note: waiter mon_poll() sleeps in poll_wait() and reads none of the stores before the check
 * check-output-end
 */

/*
 * Not the store-buffering race: mon_poll() tests mon_closing before
 * poll_wait() puts it on mon_events, so a missed closing is a
 * check-then-enqueue race that no smp_mb() in mon_close() would close.
 * After poll_wait() it reads only mon_count, which mon_close() does
 * not write. mon_events is static and goes only to the wait API: its
 * waiters are all in this file. The twin, two-sided-poll-flag-after.c,
 * tests the flag after poll_wait(): the race, high.
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
	/*
	 * Order the store to mon_closing before the wait-list test of
	 * mon_events; pairs with set_current_state() in the waiter.
	 */
	smp_mb();
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
