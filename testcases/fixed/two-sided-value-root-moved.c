// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: two-sided value: the waker tests the value under the lock, then points its variable at another object before the store: reported at the usual level
 * check-command: wqcheck --waiters --no-cache $file
 * check-exit-value: 1
 *
 * check-output-start
testcases/two-sided-value-root-moved.c:49:2: warning: store to g->state (line 48) may be reordered after wake_up_var(&g->state) in gate_pass_on(): a waiter can miss the wake-up; add smp_mb() before the check [wqcheck/wake-bit-missing-barrier]
testcases/two-sided-value-root-moved.c:37:1: note: waiter gate_wait_settled() sleeps in wait_var_event() and reads g->state
 * check-output-end
 */

/*
 * Racy: a twin of two-sided-value-unslept.c. gate_pass_on() tests that
 * g->state is GATE_DONE holding g->lock, then moves g to the next gate
 * and stores to that one's state: the value it tested is not the one
 * the store replaces, and the next gate's waiter may be asleep on
 * GATE_BUSY, which this store replaces.
 */
#include <linux/mutex.h>
#include <linux/wait_bit.h>

enum { GATE_IDLE, GATE_BUSY, GATE_DONE };

struct sluice {
	struct mutex lock;
	int state;
	struct sluice *next;
};

static void __maybe_unused gate_wait_settled(struct sluice *g)
{
	while (g->state != GATE_IDLE && g->state != GATE_DONE) {
		int old = g->state;

		mutex_unlock(&g->lock);
		wait_var_event(&g->state, g->state != old);
		mutex_lock(&g->lock);
	}
}

static void __maybe_unused gate_pass_on(struct sluice *g)
{
	mutex_lock(&g->lock);
	if (g->state != GATE_DONE)
		goto out;
	g = g->next;
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
