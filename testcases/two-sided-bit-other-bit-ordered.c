// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: two-sided bit store to another bit: test_and_clear_bit(K_BUSY) sets a flag that gates wake_up_bit(K_BUSY); set_bit(K_KEEP) after it is not what wait_on_bit(K_BUSY) reads: one level lower
 * check-command: wqcheck --waiters --no-cache --confidence=low $file
 * check-exit-value: 1
 *
 * check-output-start
testcases/two-sided-bit-other-bit-ordered.c:37:3: warning: store to k->flags (line 35) may be reordered after wake_up_bit(&k->flags, K_BUSY) in key_finish(): a waiter can miss the wake-up; add smp_mb__after_atomic() before the check [wqcheck/wake-bit-missing-barrier]
testcases/two-sided-bit-other-bit-ordered.c:42:1: note: waiter key_wait() sleeps in wait_on_bit() and reads none of the stores before the check
 * check-output-end
 */

/*
 * Correct: the waited bit K_BUSY is cleared by test_and_clear_bit(),
 * fully ordered, before the wake-up; the unordered set_bit() is of
 * K_KEEP, which the waiter, sleeping on K_BUSY alone, does not read.
 * The finding drops a level and is not shown by default.
 */
#include <linux/wait_bit.h>

#define K_BUSY	0
#define K_KEEP	1

struct key {
	unsigned long flags;
};

static void __maybe_unused key_finish(struct key *k, bool keep)
{
	bool awaken = false;

	if (test_and_clear_bit(K_BUSY, &k->flags))
		awaken = true;
	if (keep)
		set_bit(K_KEEP, &k->flags);
	if (awaken)
		wake_up_bit(&k->flags, K_BUSY);
}

static int __maybe_unused key_wait(struct key *k)
{
	return wait_on_bit(&k->flags, K_BUSY, TASK_UNINTERRUPTIBLE);
}
