// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: a function whose header is a macro of its name (WORK_CALLBACK(io_done)) is read as void io_done(void): its clear_bit() then wake_up_bit() is reported
 * check-command: wqcheck --no-cache --confidence=low $file testcases/macro-header-callback.h
 * check-companion: testcases/macro-header-callback.h
 * check-exit-value: 1
 *
 * check-output-start
testcases/macro-header-function.c:39:2: warning: store to io.flags (line 38) may be reordered after wake_up_bit(&io.flags, IO_BUSY) in io_done(): a waiter can miss the wake-up; add smp_mb__after_atomic() before the check [wqcheck/wake-bit-missing-barrier]
testcases/macro-header-function.c:44:1: note: waiter io_wait() sleeps in wait_on_bit() and reads io.flags
 * check-output-end
 */

/*
 * Coccinelle cannot parse a function whose header is a macro defined in a
 * header it does not read: the check in it went unanalysed (a note, and
 * the function named WORK_CALLBACK() as not checked). wqcheck gives the
 * rules the header "void io_done(void)", padded to the same length on
 * the same line; the twin, macro-header-function-ordered.c, orders the
 * store.
 */
#include <linux/bitops.h>
#include <linux/sched.h>
#include <linux/wait_bit.h>

#include "macro-header-callback.h"

#define IO_BUSY	0

struct io_state {
	unsigned long flags;
};

static struct io_state io;

static __maybe_unused WORK_CALLBACK(io_done)
{
	clear_bit(IO_BUSY, &io.flags);
	wake_up_bit(&io.flags, IO_BUSY);
}

static int __maybe_unused io_wait(void)
{
	return wait_on_bit(&io.flags, IO_BUSY, TASK_UNINTERRUPTIBLE);
}
