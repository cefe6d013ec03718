// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: wait_event(): the queue as written, the type of its root (a parameter), the members the condition reads, no timeout
 * check-command: cocci-waiters $file
 *
 * check-output-start
wqcheck-waiter-1	testcases/waiters/form-wait-event.c	26	pipe_wait_readable	wait_event	ring->readable	struct pipe_ring		tail head		none	READ_ONCE(ring->tail) != ring->head	
 * check-output-end
 */

/*
 * A reader sleeps until the writer has moved the tail past its head.
 * The record names the queue as written, the struct of the parameter
 * it hangs off, the two members the condition reads and the condition.
 */
#include <linux/wait.h>

struct pipe_ring {
	wait_queue_head_t readable;
	unsigned int head;
	unsigned int tail;
};

static void __maybe_unused pipe_wait_readable(struct pipe_ring *ring)
{
	wait_event(ring->readable, READ_ONCE(ring->tail) != ring->head);
}
