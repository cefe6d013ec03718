// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: two-sided file-scope queue, re-polled: the only waiter of the static queue naps HZ / 10 at a time and kicks the work between naps: low
 * check-command: wqcheck --waiters --no-cache --confidence=low $file
 * check-exit-value: 1
 *
 * check-output-start
testcases/two-sided-file-queue-repoll.c:34:6: warning: store to d->inflight (line 33) may be reordered after waitqueue_active(&drain_wait) in drain_put(): a waiter can miss the wake-up; add smp_mb() before the check [wqcheck/missing-barrier]
testcases/two-sided-file-queue-repoll.c:34:1: note: low: every waiter re-polls on a timeout, so a missed wake-up only delays it
testcases/two-sided-file-queue-repoll.c:40:1: note: waiter drain_sync() sleeps in wait_event_timeout() (re-polling on a timeout) and reads d->inflight
 * check-output-end
 */

/*
 * A hint, not a hang: the same store and test as two-sided-file-queue.c,
 * but the waiter goes back to the same wait whenever it times out, so a
 * missed wake-up costs it one nap; the finding is low (its note says
 * why), not shown by default.
 */
#include <linux/jiffies.h>
#include <linux/wait.h>

struct drain {
	int inflight;
};

static DECLARE_WAIT_QUEUE_HEAD(drain_wait);

extern void drain_kick(struct drain *d);

static void __maybe_unused drain_put(struct drain *d)
{
	d->inflight--;
	if (waitqueue_active(&drain_wait))
		wake_up(&drain_wait);
}

static void __maybe_unused drain_sync(struct drain *d)
{
	while (!wait_event_timeout(drain_wait, READ_ONCE(d->inflight) == 0,
				   HZ / 10))
		drain_kick(d);
}
