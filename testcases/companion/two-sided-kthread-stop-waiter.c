// SPDX-License-Identifier: GPL-2.0
/*
 * A companion of the two-sided-kthread-stop*.c cases (not a case of its
 * own): the only waiter of struct scrubber's wq is its kthread, whose
 * condition calls scrubber_alive(), which tests kthread_should_stop():
 * kthread_stop() wakes it and it leaves.
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

static bool scrubber_alive(struct scrubber *s)
{
	return READ_ONCE(s->running) && !kthread_should_stop();
}

static int __maybe_unused scrubber_thread(void *data)
{
	struct scrubber *s = data;

	while (scrubber_alive(s)) {
		wait_event_interruptible(s->wq, !scrubber_alive(s) ||
						READ_ONCE(s->pending));
		scrub_one(s);
	}
	return 0;
}
