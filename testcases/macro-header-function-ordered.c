// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: a function whose header is a macro of its name, with smp_mb__after_atomic() after its clear_bit(): analysed, and no finding
 * check-command: wqcheck --no-cache --confidence=low $file testcases/macro-header-callback.h
 * check-companion: testcases/macro-header-callback.h
 * check-exit-value: 0
 *
 * check-output-start
 * check-output-end
 */

/*
 * The twin of macro-header-function.c: the same callback, with the
 * barrier wake_up_bit() needs after clear_bit(). The rules now parse the
 * function and find it correct (before, it was not analysed at all).
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
	smp_mb__after_atomic();
	wake_up_bit(&io.flags, IO_BUSY);
}

static int __maybe_unused io_wait(void)
{
	return wait_on_bit(&io.flags, IO_BUSY, TASK_UNINTERRUPTIBLE);
}
