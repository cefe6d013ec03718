// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: two-sided value: each store replaces a value (tested under g->lock) that the only waiter never sleeps on: low
 * check-command: wqcheck --waiters --no-cache --confidence=low $file
 * check-exit-value: 1
 *
 * check-output-start
testcases/two-sided-value-unslept.c:63:2: warning: store to g->state (line 62) may be reordered after wake_up_var(&g->state) in gate_close(): a waiter can miss the wake-up; add smp_mb() before the check [wqcheck/wake-bit-missing-barrier]
testcases/two-sided-value-unslept.c:63:1: note: low: no waiter sleeps while g->state is GATE_IDLE, the value this store replaces (tested on line 58 under &g->lock)
testcases/two-sided-value-unslept.c:45:1: note: waiter gate_wait_settled() sleeps in wait_var_event() and reads g->state
testcases/two-sided-value-unslept.c:73:2: warning: store to g->state (line 72) may be reordered after wake_up_var(&g->state) in gate_reopen(): a waiter can miss the wake-up; add smp_mb() before the check [wqcheck/wake-bit-missing-barrier]
testcases/two-sided-value-unslept.c:73:1: note: low: no waiter sleeps while g->state is GATE_DONE, the value this store replaces (tested on line 70 under &g->lock)
testcases/two-sided-value-unslept.c:45:1: note: waiter gate_wait_settled() sleeps in wait_var_event() and reads g->state
 * check-output-end
 */

/*
 * Correct, as fs/super.c's freeze_super() and thaw_super_locked() are.
 * gate_wait_settled() takes its snapshot of g->state holding g->lock,
 * drops the lock only around the wait, and goes round only while the
 * state is neither GATE_IDLE nor GATE_DONE (its caller tested both
 * before the first round, under the lock). gate_close() tests that the
 * state is GATE_IDLE, gate_reopen() that it is GATE_DONE, and each
 * holds g->lock from that test through its store and its wake-up. A
 * waiter asleep when they store holds a snapshot that is neither, so
 * its value is not the one they replace: the store that moved the
 * state away from its snapshot owed it the wake-up.
 */
#include <linux/mutex.h>
#include <linux/wait_bit.h>

enum { GATE_IDLE, GATE_BUSY, GATE_DONE };

struct portal {
	struct mutex lock;
	int state;
};

static void gate_wait_settled(struct portal *g)
{
	do {
		int old = g->state;

		mutex_unlock(&g->lock);
		wait_var_event(&g->state, g->state != old);
		mutex_lock(&g->lock);
	} while (g->state != GATE_IDLE && g->state != GATE_DONE);
}

static void __maybe_unused gate_close(struct portal *g)
{
	mutex_lock(&g->lock);
retry:
	if (g->state == GATE_DONE) {
		mutex_unlock(&g->lock);
		return;
	}
	if (g->state != GATE_IDLE) {
		gate_wait_settled(g);
		goto retry;
	}
	g->state = GATE_DONE;
	wake_up_var(&g->state);
	mutex_unlock(&g->lock);
}

static void __maybe_unused gate_reopen(struct portal *g)
{
	mutex_lock(&g->lock);
	if (g->state != GATE_DONE)
		goto out;
	g->state = GATE_IDLE;
	wake_up_var(&g->state);
out:
	mutex_unlock(&g->lock);
}
