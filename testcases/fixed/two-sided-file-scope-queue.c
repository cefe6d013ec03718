// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: two-sided file-scope queue named bare in wait_event(): its waiter is indexed and named; a waiter of another file-scope queue is not
 * check-command: wqcheck --waiters --no-cache --confidence=low $file
 * check-exit-value: 1
 *
 * check-output-start
testcases/two-sided-file-scope-queue.c:31:6: warning: store to d->busy (line 30) may be reordered after waitqueue_active(&drain_wait) in dev_done(): a waiter can miss the wake-up; add smp_mb() before the check [wqcheck/missing-barrier]
testcases/two-sided-file-scope-queue.c:37:1: note: waiter dev_drain() sleeps in wait_event() and reads d->busy
 * check-output-end
 */

/*
 * Racy: the store to d->busy can pass the test of drain_wait, and
 * dev_drain() tests d->busy without a lock. Its queue is a file-scope
 * variable, passed by name to wait_event() (not &drain_wait): the index
 * looks for the name itself. dev_other() waits on another queue.
 */
#include <linux/wait.h>

static DECLARE_WAIT_QUEUE_HEAD(drain_wait);
static DECLARE_WAIT_QUEUE_HEAD(other_wait);

struct dev {
	int busy;
};

static void __maybe_unused dev_done(struct dev *d)
{
	WRITE_ONCE(d->busy, 0);
	/*
	 * Order the store to d->busy before the wait-list test of drain_wait;
	 * pairs with the barrier in wait_event() in dev_drain().
	 */
	smp_mb();
	if (waitqueue_active(&drain_wait))
		wake_up(&drain_wait);
}

static void __maybe_unused dev_drain(struct dev *d)
{
	wait_event(drain_wait, !READ_ONCE(d->busy));
}

static void __maybe_unused dev_other(struct dev *d)
{
	wait_event(other_wait, !READ_ONCE(d->busy));
}
