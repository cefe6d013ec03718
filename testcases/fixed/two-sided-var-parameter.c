// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: two-sided wait_var_event() on a parameter: the variable is a bare name, indexed by that name in the waker's directory
 * check-command: wqcheck --waiters --no-cache --confidence=low $file
 * check-exit-value: 1
 *
 * check-output-start
testcases/two-sided-var-parameter.c:27:2: warning: store to q->n (line 26) may be reordered after wake_up_var(q) in pool_put(): a waiter can miss the wake-up; add smp_mb() before the check [wqcheck/wake-bit-missing-barrier]
testcases/two-sided-var-parameter.c:32:1: note: waiter pool_drain() sleeps in wait_var_event() and reads q->n
 * check-output-end
 */

/*
 * Racy: pool_put() stores q->n and wakes the waiters of the object q
 * points at, as pool_drain() waits on its own parameter q. A bare
 * variable pairs by its name in one directory.
 */
#include <linux/wait_bit.h>

struct pool {
	int n;
};

static void __maybe_unused pool_put(struct pool *q)
{
	q->n--;
	/*
	 * Order the store to q->n before the wait-list test in wake_up_var();
	 * pairs with the barrier in wait_var_event() in pool_drain().
	 */
	smp_mb();
	wake_up_var(q);
}

static void __maybe_unused pool_drain(struct pool *q)
{
	wait_var_event(q, READ_ONCE(q->n) == 0);
}
