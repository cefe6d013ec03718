// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: two-sided lock: store and check under s->lock, but one of the two waiters tests its condition without s->lock: reported
 * check-command: wqcheck --waiters --no-cache --confidence=low $file testcases/companion/two-sided-lock-waiter-open.c testcases/companion/two-sided-lock-waiter-closed-lockless.c
 * check-companion: testcases/companion/two-sided-lock-waiter-open.c testcases/companion/two-sided-lock-waiter-closed-lockless.c
 * check-exit-value: 1
 *
 * check-output-start
testcases/two-sided-lock-one-waiter-lockless.c:35:6: warning: store to s->state (line 34) may be reordered after waitqueue_active(&s->wq) in slot_set_state(): a waiter can miss the wake-up; add smp_mb() before the check [wqcheck/missing-barrier]
testcases/companion/two-sided-lock-waiter-closed-lockless.c:26:1: note: waiter slot_wait_closed() sleeps in prepare_to_wait() and reads s->state
testcases/companion/two-sided-lock-waiter-open.c:26:1: note: waiter slot_wait_open() sleeps in prepare_to_wait() and reads s->state
 * check-output-end
 */

/*
 * Racy: the twin of two-sided-lock-every-waiter.c.  The waker is the
 * same, but slot_wait_closed() now enqueues and reads s->state without
 * s->lock, so the lock does not serialise the two: the waker's load of
 * the wait list can pass its store of the state, and that waiter
 * sleeps with the state already set.  One unlocked waiter is enough.
 */
#include <linux/spinlock.h>
#include <linux/wait.h>

struct slot {
	spinlock_t lock;
	int state;
	wait_queue_head_t wq;
};

static void __maybe_unused slot_set_state(struct slot *s, int state)
{
	spin_lock(&s->lock);
	s->state = state;
	if (waitqueue_active(&s->wq))
		wake_up(&s->wq);
	spin_unlock(&s->lock);
}
