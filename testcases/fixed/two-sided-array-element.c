// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: two-sided array element: boards[i].wait (i typed, boards not) and boards[n].wait are the same queue, the index dropped; boards[n].done_wait is not
 * check-command: wqcheck --waiters --no-cache --confidence=low $file
 * check-exit-value: 1
 *
 * check-output-start
testcases/two-sided-array-element.c:29:6: warning: store to boards[i].ready (line 28) may be reordered after waitqueue_active(&boards[i].wait) in board_irq(): a waiter can miss the wake-up; add smp_mb() before the check [wqcheck/missing-barrier]
testcases/two-sided-array-element.c:35:1: note: waiter board_wait() sleeps in wait_event() and reads boards[i].ready
 * check-output-end
 */

/*
 * Racy: board_irq() stores ready and tests the element's queue with no
 * barrier; board_wait() waits on the element of another index variable.
 * The queue's type is that of boards, never that of the index i.
 */
#include <linux/wait.h>

static struct board {
	wait_queue_head_t wait;
	wait_queue_head_t done_wait;
	int ready;
} boards[4];

static void __maybe_unused board_irq(unsigned int i)
{
	boards[i].ready = 1;
	/*
	 * Order the store to boards[i].ready before the wait-list test of
	 * boards[i].wait; pairs with set_current_state() in the waiter.
	 */
	smp_mb();
	if (waitqueue_active(&boards[i].wait))
		wake_up(&boards[i].wait);
}

static void __maybe_unused board_wait(int n)
{
	wait_event(boards[n].wait, READ_ONCE(boards[n].ready));
}

static void __maybe_unused board_wait_done(int n)
{
	wait_event(boards[n].done_wait, READ_ONCE(boards[n].ready));
}
