// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: two-sided kthread stop: kthread_stop() on every path; one waiter tests kthread_should_stop(), the other does not: the race stays (high)
 * check-command: wqcheck --waiters --no-cache $file testcases/companion/two-sided-kthread-stop-waiter-mixed.c
 * check-companion: testcases/companion/two-sided-kthread-stop-waiter-mixed.c
 * check-exit-value: 1
 *
 * check-output-start
testcases/two-sided-kthread-stop-one-waiter-other.c:33:6: warning: store to s->running (line 32) may be reordered after waitqueue_active(&s->wq) in scrubber_stop(): a waiter can miss the wake-up; add smp_mb() before the check [wqcheck/missing-barrier]
testcases/companion/two-sided-kthread-stop-waiter-mixed.c:33:1: note: waiter scrubber_drain() sleeps in wait_event() and reads s->running
testcases/companion/two-sided-kthread-stop-waiter-mixed.c:24:1: note: waiter scrubber_thread() sleeps in wait_event_interruptible() and reads none of the stores before the check
 * check-output-end
 */

/*
 * The race: the kthread of struct scrubber leaves on the stop, but
 * scrubber_drain() waits for the running flag alone; every waiter must
 * test kthread_should_stop() for the stop to stand for the wake-up.
 */
#include <linux/kthread.h>
#include <linux/wait.h>

struct scrubber {
	bool running;
	unsigned int pending;
	wait_queue_head_t wq;
	struct task_struct *task;
};

static void __maybe_unused scrubber_stop(struct scrubber *s)
{
	s->running = false;
	if (waitqueue_active(&s->wq))
		wake_up(&s->wq);
	kthread_stop(s->task);
}

extern int scrubber_thread(void *data);

static void __maybe_unused scrubber_start(struct scrubber *s)
{
	s->task = kthread_run(scrubber_thread, s, "scrubber");
}
