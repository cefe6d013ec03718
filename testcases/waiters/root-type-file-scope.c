// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: root_type of a file-scope queue: its type when declared as a variable, empty when a macro declares it
 * check-command: cocci-waiters $file
 *
 * check-output-start
wqcheck-waiter-1	testcases/waiters/root-type-file-scope.c	32	wait_for_probe	wait_event	probe_wait			::probe_done		none	READ_ONCE(probe_done)	
wqcheck-waiter-1	testcases/waiters/root-type-file-scope.c	27	wait_for_reset	wait_event	reset_wait	wait_queue_head_t		::reset_done		none	READ_ONCE(reset_done)	
 * check-output-end
 */

/*
 * File-scope queues: the root is the queue itself. Coccinelle knows the
 * type of reset_wait from its declaration, not that of a queue that
 * DECLARE_WAIT_QUEUE_HEAD() declares (without includes it is a macro
 * call like any other).
 */
#include <linux/wait.h>

static wait_queue_head_t reset_wait;
static DECLARE_WAIT_QUEUE_HEAD(probe_wait);
static bool reset_done;
static bool probe_done;

static void __maybe_unused wait_for_reset(void)
{
	wait_event(reset_wait, READ_ONCE(reset_done));
}

static void __maybe_unused wait_for_probe(void)
{
	wait_event(probe_wait, READ_ONCE(probe_done));
}
