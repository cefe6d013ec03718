// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: two-sided lock: the waiter sleeps through a wrapper of a header of the directory that drops the lock it is given, and tests under that lock, which the waker holds: not reported
 * check-command: wqcheck --waiters --no-cache --confidence=low $file testcases/two-sided-header-wrapper.h
 * check-companion: testcases/two-sided-header-wrapper.h
 * check-exit-value: 0
 *
 * check-output-start
 * check-output-end
 */

/*
 * Correct: push_throttle() tests space_used holding ctl->lock and calls
 * push_wait() (two-sided-header-wrapper.h), which enqueues before it
 * drops the lock; push_done() stores and tests the wait list holding
 * ctl->lock. Only the header tells that the call is a wait.
 */
#include "two-sided-header-wrapper.h"

static void __maybe_unused push_done(struct push_ctl *ctl)
{
	spin_lock(&ctl->lock);
	ctl->space_used = 0;
	if (waitqueue_active(&ctl->push_wait))
		wake_up_all(&ctl->push_wait);
	spin_unlock(&ctl->lock);
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
