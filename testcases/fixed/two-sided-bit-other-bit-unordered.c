// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: two-sided bit store, the woken bit unordered: clear_bit(K_BUSY) and set_bit(K_KEEP) then wake_up_bit(K_BUSY): the waiter of K_BUSY reads the word, the finding keeps its level
 * check-command: wqcheck --waiters --no-cache --confidence=low $file
 * check-exit-value: 1
 *
 * check-output-start
testcases/two-sided-bit-other-bit-unordered.c:32:2: warning: store to k->flags (line 31) may be reordered after wake_up_bit(&k->flags, K_BUSY) in key_finish(): a waiter can miss the wake-up; add smp_mb__after_atomic() before the check [wqcheck/wake-bit-missing-barrier]
testcases/two-sided-bit-other-bit-unordered.c:37:1: note: waiter key_wait() sleeps in wait_on_bit() and reads k->flags
 * check-output-end
 */

/*
 * The race: K_BUSY is cleared with the unordered clear_bit(), so the
 * waiter can miss it; with no fully ordered RMW of the woken bit, every
 * store to the word counts as read.
 */
#include <linux/wait_bit.h>

#define K_BUSY	0
#define K_KEEP	1

struct key {
	unsigned long flags;
};

static void __maybe_unused key_finish(struct key *k, bool keep)
{
	clear_bit(K_BUSY, &k->flags);
	if (keep)
		set_bit(K_KEEP, &k->flags);
	/*
	 * Order the set_bit() on k->flags before the wait-list test in
	 * wake_up_bit(); pairs with the barrier in wait_on_bit() in key_wait().
	 */
	smp_mb__after_atomic();
	wake_up_bit(&k->flags, K_BUSY);
}

static int __maybe_unused key_wait(struct key *k)
{
	return wait_on_bit(&k->flags, K_BUSY, TASK_UNINTERRUPTIBLE);
}
