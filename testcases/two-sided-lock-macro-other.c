// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: two-sided lock: the waker's lock macro takes another lock than the one the waiter holds: reported
 * check-command: wqcheck --waiters --no-cache --confidence=low $file testcases/companion/two-sided-lock-waiter-open.c
 * check-companion: testcases/companion/two-sided-lock-waiter-open.c
 * check-exit-value: 1
 *
 * check-output-start
testcases/two-sided-lock-macro-other.c:36:6: warning: store to s->state (line 35) may be reordered after waitqueue_active(&s->wq) in slot_set_state(): a waiter can miss the wake-up; add smp_mb() before the check [wqcheck/missing-barrier]
testcases/companion/two-sided-lock-waiter-open.c:26:1: note: waiter slot_wait_open() sleeps in prepare_to_wait() and reads s->state
 * check-output-end
 */

/*
 * Racy: the twin of two-sided-lock-macro.c.  slot_lock() here takes
 * s->stat_lock, which slot_wait_open() never takes: the waiter can
 * enqueue and test between the store and its late arrival in memory.
 */
#include <linux/spinlock.h>
#include <linux/wait.h>

#define slot_lock(s)	spin_lock(&(s)->stat_lock)
#define slot_unlock(s)	spin_unlock(&(s)->stat_lock)

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
