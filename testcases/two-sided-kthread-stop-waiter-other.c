// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: two-sided kthread stop: kthread_stop() on every path, but the only waiter does not test kthread_should_stop(): the race stays (high)
 * check-command: wqcheck --waiters --no-cache $file testcases/companion/two-sided-kthread-stop-waiter-plain.c
 * check-companion: testcases/companion/two-sided-kthread-stop-waiter-plain.c
 * check-exit-value: 1
 *
 * check-output-start
testcases/two-sided-kthread-stop-waiter-other.c:32:6: warning: store to s->running (line 31) may be reordered after waitqueue_active(&s->wq) in scrubber_stop(): a waiter can miss the wake-up; add smp_mb() before the check [wqcheck/missing-barrier]
testcases/companion/two-sided-kthread-stop-waiter-plain.c:19:1: note: waiter scrubber_drain() sleeps in wait_event() and reads s->running
 * check-output-end
 */

/*
 * The race: the stop wakes a thread, but the waiter of the queue,
 * scrubber_drain() in another file, is not one that leaves on the stop
 * flag: it waits for the running flag alone and can miss the wake-up.
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
