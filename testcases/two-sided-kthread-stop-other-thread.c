// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: two-sided kthread stop: kthread_stop() on every path after the check stops a thread that is not the waiter's (it was started with another function): the race stays (high)
 * check-command: wqcheck --waiters --no-cache $file testcases/companion/two-sided-kthread-stop-waiter.c
 * check-companion: testcases/companion/two-sided-kthread-stop-waiter.c
 * check-exit-value: 1
 *
 * check-output-start
testcases/two-sided-kthread-stop-other-thread.c:36:6: warning: store to s->running (line 35) may be reordered after waitqueue_active(&s->wq) in scrubber_pause(): a waiter can miss the wake-up; add smp_mb() before the check [wqcheck/missing-barrier]
testcases/companion/two-sided-kthread-stop-waiter.c:30:1: note: waiter scrubber_thread() sleeps in wait_event_interruptible() and reads s->running in scrubber_alive()
 * check-output-end
 */

/*
 * The race: the waiter of s->wq, scrubber_thread(), tests
 * kthread_should_stop(), but the thread stopped here is the reaper,
 * started with scrubber_reaper(): the scrubber thread is not stopped,
 * and it can miss the wake-up of the running flag and sleep on.
 */
#include <linux/kthread.h>
#include <linux/wait.h>

struct scrubber {
	bool running;
	unsigned int pending;
	wait_queue_head_t wq;
	struct task_struct *task;
	struct task_struct *reaper;
};

extern int scrubber_reaper(void *data);

static void __maybe_unused scrubber_pause(struct scrubber *s)
{
	s->running = false;
	if (waitqueue_active(&s->wq))
		wake_up(&s->wq);
	kthread_stop(s->reaper);
}

static void __maybe_unused scrubber_start_reaper(struct scrubber *s)
{
	s->reaper = kthread_run(scrubber_reaper, s, "reaper");
}
