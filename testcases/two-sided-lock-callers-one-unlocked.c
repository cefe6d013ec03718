// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: two-sided lock: one caller in the file calls the checking helper without s->lock: reported
 * check-command: wqcheck --waiters --no-cache --confidence=low $file testcases/companion/two-sided-lock-waiter-open.c
 * check-companion: testcases/companion/two-sided-lock-waiter-open.c
 * check-exit-value: 1
 *
 * check-output-start
testcases/two-sided-lock-callers-one-unlocked.c:32:6: warning: store to slot->state (line 31) may be reordered after waitqueue_active(&slot->wq) in slot_wake(): a waiter can miss the wake-up; add smp_mb() before the check [wqcheck/missing-barrier]
testcases/companion/two-sided-lock-waiter-open.c:26:1: note: waiter slot_wait_open() sleeps in prepare_to_wait() and reads slot->state
 * check-output-end
 */

/*
 * Racy: the twin of two-sided-lock-callers.c.  slot_close() calls
 * slot_wake() without s->lock: its store and test of the wait list can
 * then fall between slot_wait_open()'s enqueue and its test.
 */
#include <linux/spinlock.h>
#include <linux/wait.h>

struct slot {
	spinlock_t lock;
	spinlock_t stat_lock;
	int state;
	wait_queue_head_t wq;
};

static void slot_wake(struct slot *slot, int state)
{
	slot->state = state;
	if (waitqueue_active(&slot->wq))
		wake_up(&slot->wq);
}

static void __maybe_unused slot_open(struct slot *s)
{
	spin_lock(&s->lock);
	slot_wake(s, 1);
	spin_unlock(&s->lock);
}

static void __maybe_unused slot_close(struct slot *s)
{
	slot_wake(s, 0);
}
