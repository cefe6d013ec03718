// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: two-sided value: the store replaces GATE_BUSY, a value the waiter's loop sleeps on: reported at the usual level
 * check-command: wqcheck --waiters --no-cache $file
 * check-exit-value: 1
 *
 * check-output-start
testcases/two-sided-value-slept.c:47:2: warning: store to g->state (line 46) may be reordered after wake_up_var(&g->state) in gate_finish(): a waiter can miss the wake-up; add smp_mb() before the check [wqcheck/wake-bit-missing-barrier]
testcases/two-sided-value-slept.c:36:1: note: waiter gate_wait_settled() sleeps in wait_var_event() and reads g->state
 * check-output-end
 */

/*
 * Racy: the twin of two-sided-value-unslept.c. gate_finish() tests
 * that the state is GATE_BUSY under g->lock, but the waiter's loop goes
 * round while the state is GATE_BUSY: it takes the snapshot GATE_BUSY,
 * drops the lock, and may read GATE_BUSY in its condition after
 * gate_finish() stored GATE_DONE and found its wait list empty.
 */
#include <linux/mutex.h>
#include <linux/wait_bit.h>

enum { GATE_IDLE, GATE_BUSY, GATE_DONE };

struct latch {
	struct mutex lock;
	int state;
};

static void __maybe_unused gate_wait_settled(struct latch *g)
{
	while (g->state != GATE_IDLE && g->state != GATE_DONE) {
		int old = g->state;

		mutex_unlock(&g->lock);
		wait_var_event(&g->state, g->state != old);
		mutex_lock(&g->lock);
	}
}

static void __maybe_unused gate_finish(struct latch *g)
{
	mutex_lock(&g->lock);
	if (g->state != GATE_BUSY)
		goto out;
	g->state = GATE_DONE;
	/*
	 * Order the store to g->state before the wait-list test in
	 * wake_up_var(); pairs with the barrier in wait_var_event() in
	 * gate_wait_settled().
	 */
	smp_mb();
	wake_up_var(&g->state);
out:
	mutex_unlock(&g->lock);
}
