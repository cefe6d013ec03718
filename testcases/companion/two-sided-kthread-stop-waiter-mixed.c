// SPDX-License-Identifier: GPL-2.0
/*
 * A companion of two-sided-kthread-stop-one-waiter-other.c (not a case
 * of its own): struct scrubber's wq has two waiters, its kthread, which
 * tests kthread_should_stop(), and scrubber_drain(), which does not.
 */
#include <linux/kthread.h>
#include <linux/wait.h>

struct scrubber {
	bool running;
	unsigned int pending;
	wait_queue_head_t wq;
	struct task_struct *task;
};

extern void scrub_one(struct scrubber *s);

static int __maybe_unused scrubber_thread(void *data)
{
	struct scrubber *s = data;

	while (!kthread_should_stop()) {
		wait_event_interruptible(s->wq, kthread_should_stop() ||
						READ_ONCE(s->pending));
		scrub_one(s);
	}
	return 0;
}

static void __maybe_unused scrubber_drain(struct scrubber *s)
{
	wait_event(s->wq, !READ_ONCE(s->running));
}
