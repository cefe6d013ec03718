// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: two-sided lock: the waiter sleeps through a wrapper of a header of the directory under a lock the waker does not hold: reported, naming the waiter
 * check-command: wqcheck --waiters --no-cache --confidence=low $file testcases/two-sided-header-wrapper.h
 * check-companion: testcases/two-sided-header-wrapper.h
 * check-exit-value: 1
 *
 * check-output-start
testcases/two-sided-header-wrapper-unlocked.c:24:6: warning: store to ctl->space_used (line 23) may be reordered after waitqueue_active(&ctl->push_wait) in push_done(): a waiter can miss the wake-up; add smp_mb() before the check [wqcheck/missing-barrier]
testcases/two-sided-header-wrapper-unlocked.c:32:1: note: waiter push_throttle() sleeps in push_wait() and reads ctl->space_used
 * check-output-end
 */

/*
 * The race: as two-sided-header-wrapper.c, but push_done() stores and
 * tests the wait list without ctl->lock: its test can miss
 * push_throttle() between its test of space_used and its enqueue.
 */
#include "two-sided-header-wrapper.h"

static void __maybe_unused push_done(struct push_ctl *ctl)
{
	WRITE_ONCE(ctl->space_used, 0);
	if (waitqueue_active(&ctl->push_wait))
		wake_up_all(&ctl->push_wait);
}

static void __maybe_unused push_throttle(struct push_ctl *ctl)
{
	spin_lock(&ctl->lock);
	if (ctl->space_used > 4096) {
		push_wait(&ctl->push_wait, &ctl->lock);
		return;
	}
	spin_unlock(&ctl->lock);
}
