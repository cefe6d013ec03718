// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: two-sided array of structs: a queue in an array (boards[i].wq, whose type Coccinelle prints with its dimension) pairs with the waiter of boards[n].wq
 * check-command: wqcheck --waiters --no-cache --confidence=low $file
 * check-exit-value: 1
 *
 * check-output-start
testcases/two-sided-array-queue.c:29:6: warning: store to boards[i].ready (line 28) may be reordered after waitqueue_active(&boards[i].wq) in board_irq(): a waiter can miss the wake-up; add smp_mb() before the check [wqcheck/missing-barrier]
testcases/two-sided-array-queue.c:35:1: note: waiter board_wait() sleeps in wait_event_interruptible() and reads boards[i].ready
 * check-output-end
 */

/*
 * The race: the queue is a member of an array element; the type of
 * the array, "struct board [ 4 ]", is the type of its elements for the
 * pairing, and the waiter reads ready.
 */
#include <linux/wait.h>

static struct board {
	int ready;
	int errors;
	wait_queue_head_t wq;
} boards[4];

static void __maybe_unused board_irq(int i)
{
	boards[i].ready = 1;
	/*
	 * Order the store to boards[i].ready before the wait-list test of
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
