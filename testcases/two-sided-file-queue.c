// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: two-sided file-scope queue: a static queue head and its waiter in the same file are paired by name; the waiter reads the stored member
 * check-command: wqcheck --waiters --no-cache --confidence=low $file
 * check-exit-value: 1
 *
 * check-output-start
testcases/two-sided-file-queue.c:29:6: warning: store to d->inflight (line 28) may be reordered after waitqueue_active(&drain_wait) in drain_put(): a waiter can miss the wake-up; add smp_mb() before the check [wqcheck/missing-barrier]
testcases/two-sided-file-queue.c:35:1: note: waiter drain_sync() sleeps in wait_event() and reads d->inflight
 * check-output-end
 */

/*
 * The race: a queue that is a variable of its own, not a member, is
 * still a queue the waiter index finds (by its name, in the waker's
 * directory); the waiter reads d->inflight without a lock.
 */
#include <linux/wait.h>

struct drain {
	int inflight;
};

static DECLARE_WAIT_QUEUE_HEAD(drain_wait);

static void __maybe_unused drain_put(struct drain *d)
{
	d->inflight--;
	if (waitqueue_active(&drain_wait))
		wake_up(&drain_wait);
}

static void __maybe_unused drain_sync(struct drain *d)
{
	wait_event(drain_wait, READ_ONCE(d->inflight) == 0);
}
