// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: two-sided value: the waiter takes its snapshot after it dropped the lock: reported at the usual level
 * check-command: wqcheck --waiters --no-cache $file
 * check-exit-value: 1
 *
 * check-output-start
testcases/two-sided-value-snapshot-unlocked.c:48:2: warning: store to g->state (line 47) may be reordered after wake_up_var(&g->state) in gate_reopen(): a waiter can miss the wake-up; add smp_mb() before the check [wqcheck/wake-bit-missing-barrier]
testcases/two-sided-value-snapshot-unlocked.c:37:1: note: waiter gate_wait_settled() sleeps in wait_var_event() and reads g->state
 * check-output-end
 */

/*
 * Racy: the twin of two-sided-value-unslept.c. gate_wait_settled()
 * reads its snapshot of g->state after mutex_unlock(): gate_reopen()
 * may have stored GATE_IDLE over GATE_DONE in between, so the waiter
 * can hold the snapshot GATE_DONE, the value gate_reopen() replaces,
 * and miss its wake-up.
 */
#include <linux/mutex.h>
#include <linux/wait_bit.h>

enum { GATE_IDLE, GATE_BUSY, GATE_DONE };

struct hatch {
	struct mutex lock;
	int state;
};

static void __maybe_unused gate_wait_settled(struct hatch *g)
{
	while (g->state != GATE_IDLE && g->state != GATE_DONE) {
		int old;

		mutex_unlock(&g->lock);
		old = g->state;
		wait_var_event(&g->state, g->state != old);
		mutex_lock(&g->lock);
	}
}

static void __maybe_unused gate_reopen(struct hatch *g)
{
	mutex_lock(&g->lock);
	if (g->state != GATE_DONE)
		goto out;
	g->state = GATE_IDLE;
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
