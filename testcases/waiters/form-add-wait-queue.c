// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: add_wait_queue() then set_current_state(), a test and schedule(): an open-coded wait with no loop reads the function up to the sleep
 * check-command: cocci-waiters $file
 *
 * check-output-start
wqcheck-waiter-1	testcases/waiters/form-add-wait-queue.c	26	port_wait_event	add_wait_queue	&port->event_wait	struct port		events		none		
 * check-output-end
 */

/*
 * Enqueued first, then the state and the test: the record reads the
 * function from its start to the sleep.
 */
#include <linux/wait.h>

struct port {
	wait_queue_head_t event_wait;
	unsigned long events;
};

static void __maybe_unused port_wait_event(struct port *port)
{
	DECLARE_WAITQUEUE(wait, current);

	add_wait_queue(&port->event_wait, &wait);
	set_current_state(TASK_INTERRUPTIBLE);
	if (!READ_ONCE(port->events))
		schedule();
	__set_current_state(TASK_RUNNING);
	remove_wait_queue(&port->event_wait, &wait);
}
