// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: two-sided lock: the waker takes s->lock through a lock macro of its file, and the waiter enqueues and tests under s->lock: not reported
 * check-command: wqcheck --waiters --no-cache --confidence=low $file testcases/companion/two-sided-lock-waiter-open.c
 * check-companion: testcases/companion/two-sided-lock-waiter-open.c
 * check-exit-value: 0
 *
 * check-output-start
 * check-output-end
 */

/*
 * Correct: slot_lock() is a macro whose body takes s->lock, so the
 * store and the test of the wait list are made holding the lock that
 * slot_wait_open() holds from its prepare_to_wait() to its test.  The
 * macro is read for what its body takes, whatever its name.
 */
#include <linux/spinlock.h>
#include <linux/wait.h>

#define slot_lock(s)	spin_lock(&(s)->lock)
#define slot_unlock(s)	spin_unlock(&(s)->lock)

struct slot {
	spinlock_t lock;
	spinlock_t stat_lock;
	int state;
	wait_queue_head_t wq;
};

static void __maybe_unused slot_set_state(struct slot *s, int state)
{
	slot_lock(s);
	s->state = state;
	if (waitqueue_active(&s->wq))
		wake_up(&s->wq);
	slot_unlock(s);
}
