// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: two-sided array of structs, an error counter: the waiter of boards[n].wq reads ready, the waker stores errors: one level lower
 * check-command: wqcheck --waiters --no-cache --confidence=low $file
 * check-exit-value: 1
 *
 * check-output-start
testcases/two-sided-array-queue-other.c:29:6: warning: store to boards[i].errors (line 28) may be reordered after waitqueue_active(&boards[i].wq) in board_error(): a waiter can miss the wake-up; add smp_mb() before the check [wqcheck/missing-barrier]
testcases/two-sided-array-queue-other.c:35:1: note: waiter board_wait() sleeps in wait_event_interruptible() and reads none of the stores before the check
 * check-output-end
 */

/*
 * Probably harmless: an interrupt counts an error and wakes the board's
 * queue; its only waiter waits for ready, which was not stored, so the
 * finding drops one level.
 */
#include <linux/wait.h>

static struct board {
	int ready;
	int errors;
	wait_queue_head_t wq;
} boards[4];

static void __maybe_unused board_error(int i)
{
	boards[i].errors++;
	/*
	 * Order the store to boards[i].errors before the wait-list test of
	 * boards[i].wq; pairs with set_current_state() in the waiter.
	 */
	smp_mb();
	if (waitqueue_active(&boards[i].wq))
		wake_up(&boards[i].wq);
}

static int __maybe_unused board_wait(int n)
{
	return wait_event_interruptible(boards[n].wq,
					READ_ONCE(boards[n].ready));
}
