// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: sleep repoll: a timed wait retried by its loop when it times out (the wake-up is only a hint)
 * check-command: cocci-waiters $file
 *
 * check-output-start
wqcheck-waiter-1	testcases/waiters/sleep-repoll-loop.c	26	engine_drain	wait_event_timeout	e->idle_wait	struct engine		in_flight		repoll	READ_ONCE(e->in_flight) == 0	
 * check-output-end
 */

/*
 * Each time the wait runs out, the loop kicks the hardware and waits
 * again: a lost wake-up costs one period, not a hang.
 */
#include <linux/wait.h>

struct engine {
	wait_queue_head_t idle_wait;
	unsigned int in_flight;
};

extern void engine_kick(struct engine *e);

static void __maybe_unused engine_drain(struct engine *e)
{
	while (!wait_event_timeout(e->idle_wait,
				   READ_ONCE(e->in_flight) == 0, 100))
		engine_kick(e);
}
