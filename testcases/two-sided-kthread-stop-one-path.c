// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: two-sided kthread stop: a return between the check and kthread_stop(): not a stop on every path, the race stays (high)
 * check-command: wqcheck --waiters --no-cache $file testcases/companion/two-sided-kthread-stop-waiter.c
 * check-companion: testcases/companion/two-sided-kthread-stop-waiter.c
 * check-exit-value: 1
 *
 * check-output-start
testcases/two-sided-kthread-stop-one-path.c:33:6: warning: store to s->running (line 32) may be reordered after waitqueue_active(&s->wq) in scrubber_pause(): a waiter can miss the wake-up; add smp_mb() before the check [wqcheck/missing-barrier]
testcases/companion/two-sided-kthread-stop-waiter.c:30:1: note: waiter scrubber_thread() sleeps in wait_event_interruptible() and reads s->running in scrubber_alive()
 * check-output-end
 */

/*
 * The race: when keep is true scrubber_pause() returns before
 * kthread_stop(), and the thread sleeps on with its running flag
 * cleared, having missed the wake-up; a stop on some paths only wakes
 * the waiter on those.
 */
#include <linux/kthread.h>
#include <linux/wait.h>

struct scrubber {
	bool running;
	unsigned int pending;
	wait_queue_head_t wq;
	struct task_struct *task;
};

static void __maybe_unused scrubber_pause(struct scrubber *s, bool keep)
{
	s->running = false;
	if (waitqueue_active(&s->wq))
		wake_up(&s->wq);
	if (keep)
		return;
	kthread_stop(s->task);
}

extern int scrubber_thread(void *data);

static void __maybe_unused scrubber_start(struct scrubber *s)
{
	s->task = kthread_run(scrubber_thread, s, "scrubber");
}
