// SPDX-License-Identifier: GPL-2.0
/*
 * A companion of two-sided-kthread-stop-waiter-other.c (not a case of
 * its own): the only waiter of struct scrubber's wq tests its running
 * flag alone, not kthread_should_stop(): a kthread_stop() of some
 * thread is no wake-up it knows to leave on.
 */
#include <linux/wait.h>

struct scrubber {
	bool running;
	unsigned int pending;
	wait_queue_head_t wq;
	struct task_struct *task;
};

static void __maybe_unused scrubber_drain(struct scrubber *s)
{
	wait_event(s->wq, !READ_ONCE(s->running));
}
