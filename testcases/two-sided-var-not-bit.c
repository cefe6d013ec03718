// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: two-sided wake_up_var(): the waiter of the variable is named, not the wait_on_bit() waiter of the same word (a bit waiter is never woken by wake_up_var())
 * check-command: wqcheck --waiters --no-cache --confidence=low $file
 * check-exit-value: 1
 *
 * check-output-start
testcases/two-sided-var-not-bit.c:31:2: warning: store to o->flags (line 30) may be reordered after wake_up_var(&o->flags) in obj_release(): a waiter can miss the wake-up; add smp_mb() before the check [wqcheck/wake-bit-missing-barrier]
testcases/two-sided-var-not-bit.c:36:1: note: waiter obj_wait_var() sleeps in wait_var_event() and reads o->flags
 * check-output-end
 */

/*
 * Racy: a plain store to o->flags, then wake_up_var() with no barrier.
 * wake_up_var(&o->flags) wakes the waiters of the variable's hash;
 * wait_on_bit(&o->flags, OBJ_BUSY, ...) sleeps on the hash of the word
 * and the bit, which only wake_up_bit() wakes.
 */
#include <linux/sched.h>
#include <linux/wait_bit.h>

#define OBJ_BUSY	0

struct obj {
	unsigned long flags;
};

static void __maybe_unused obj_release(struct obj *o)
{
	o->flags = 0;
	wake_up_var(&o->flags);
}

static void __maybe_unused obj_wait_var(struct obj *o)
{
	wait_var_event(&o->flags, READ_ONCE(o->flags) == 0);
}

static int __maybe_unused obj_wait_bit(struct obj *o)
{
	return wait_on_bit(&o->flags, OBJ_BUSY, TASK_UNINTERRUPTIBLE);
}
