// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: two-sided lock: a store after the waker releases s->lock is not ordered by it: reported
 * check-command: wqcheck --waiters --no-cache --confidence=low $file testcases/companion/two-sided-lock-cond-waiter.c
 * check-companion: testcases/companion/two-sided-lock-cond-waiter.c
 * check-exit-value: 1
 *
 * check-output-start
testcases/two-sided-lock-passed-late-store.c:37:6: warning: store to s->state (line 36) may be reordered after waitqueue_active(&s->wq) in slot_set_state(): a waiter can miss the wake-up; add smp_mb() before the check [wqcheck/missing-barrier]
testcases/companion/two-sided-lock-cond-waiter.c:32:1: note: waiter slot_wait_open() sleeps in wait_event() and reads s->state in slot_is_open()
 * check-output-end
 */

/*
 * Racy: the twin of two-sided-lock-passed.c.  The store is made after
 * the unlock: the waiter can take s->lock, read the old state and sleep
 * while the waker's test of the wait list passes the store.
 */
#include <linux/spinlock.h>
#include <linux/wait.h>

struct slot {
	spinlock_t lock;
	spinlock_t stat_lock;
	int state;
	wait_queue_head_t wq;
};

void slot_set_state(struct slot *s, int state);

void slot_set_state(struct slot *s, int state)
{
	spin_lock(&s->lock);
	s->stat_lock.rlock.slock = 0;
	spin_unlock(&s->lock);
	s->state = state;
	if (waitqueue_active(&s->wq))
		wake_up(&s->wq);
}
