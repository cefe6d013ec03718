// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: two-sided lock: the waker takes and releases s->lock between its store and its check, and the waiter's condition reads under s->lock: not reported
 * check-command: wqcheck --waiters --no-cache --confidence=low $file testcases/companion/two-sided-lock-cond-waiter.c
 * check-companion: testcases/companion/two-sided-lock-cond-waiter.c
 * check-exit-value: 0
 *
 * check-output-start
 * check-output-end
 */

/*
 * Correct (the shape of nfs41_release_slot()): the stores are made before
 * s->lock is released (one of them before it is taken), the test of the
 * wait list after it was taken.  The
 * waiter's condition, slot_is_open(), reads the state holding s->lock
 * after its enqueue: if it takes the lock after the waker released it,
 * it sees the store; if before the waker took it, the waker's test
 * (after its own taking) sees the enqueue.
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
	s->state = state;
	spin_lock(&s->lock);
	s->stat_lock.rlock.slock = 0;
	spin_unlock(&s->lock);
	if (waitqueue_active(&s->wq))
		wake_up(&s->wq);
}
