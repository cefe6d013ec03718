// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: two-sided reads through calls: the waiter reads f->tail two static calls deep, so the store to f->tail is the one reported, not the newer f->stamp
 * check-command: wqcheck --waiters --no-cache --confidence=low $file testcases/companion/two-sided-reads-two-calls-waiter.c
 * check-companion: testcases/companion/two-sided-reads-two-calls-waiter.c
 * check-exit-value: 1
 *
 * check-output-start
testcases/two-sided-reads-two-calls.c:37:6: warning: store to f->tail (line 35) may be reordered after waitqueue_active(&f->wq) in feed_publish(): a waiter can miss the wake-up; add smp_mb() before the check [wqcheck/missing-barrier]
testcases/companion/two-sided-reads-two-calls-waiter.c:30:1: note: waiter feed_wait() sleeps in wait_event_interruptible() and reads f->tail in feed_nonempty()
 * check-output-end
 */

/*
 * Racy: feed_publish() stores f->tail, then f->stamp, then tests the
 * wait list with no barrier.  Both stores may pass the test, but the
 * waiter (feed_wait() in another file) reads f->tail, in
 * feed_nonempty(), called from feed_ready(), called from its
 * wait_event_interruptible() condition, and never reads f->stamp.  The
 * finding names the store the waiter reads, f->tail.
 */
#include <linux/wait.h>

struct feed {
	unsigned int head;
	unsigned int tail;
	unsigned long stamp;
	bool closed;
	wait_queue_head_t wq;
};

static void __maybe_unused feed_publish(struct feed *f, unsigned int tail,
					unsigned long now)
{
	f->tail = tail;
	f->stamp = now;
	if (waitqueue_active(&f->wq))
		wake_up(&f->wq);
}
