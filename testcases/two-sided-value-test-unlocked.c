// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: two-sided value: the waker tests the value it replaces before it takes the lock the waiter's snapshot is under: reported at the usual level
 * check-command: wqcheck --waiters --no-cache $file
 * check-exit-value: 1
 *
 * check-output-start
testcases/two-sided-value-test-unlocked.c:47:2: warning: store to g->state (line 46) may be reordered after wake_up_var(&g->state) in gate_reopen(): a waiter can miss the wake-up; add smp_mb() before the check [wqcheck/wake-bit-missing-barrier]
testcases/two-sided-value-test-unlocked.c:36:1: note: waiter gate_wait_settled() sleeps in wait_var_event() and reads g->state
 * check-output-end
 */

/*
 * Racy: the twin of two-sided-value-unslept.c. gate_reopen() tests
 * that the state is GATE_DONE before it takes g->lock: by the time it
 * holds the lock and stores, another task may have moved the state to
 * GATE_BUSY, a value the waiter's loop sleeps on, and the store then
 * replaces that one.
 */
#include <linux/mutex.h>
#include <linux/wait_bit.h>

enum { GATE_IDLE, GATE_BUSY, GATE_DONE };

struct valve {
	struct mutex lock;
	int state;
};

static void __maybe_unused gate_wait_settled(struct valve *g)
{
	while (g->state != GATE_IDLE && g->state != GATE_DONE) {
		int old = g->state;

		mutex_unlock(&g->lock);
		wait_var_event(&g->state, g->state != old);
		mutex_lock(&g->lock);
	}
}

static void __maybe_unused gate_reopen(struct valve *g)
{
	if (g->state != GATE_DONE)
		return;
	mutex_lock(&g->lock);
	g->state = GATE_IDLE;
	wake_up_var(&g->state);
	mutex_unlock(&g->lock);
}
