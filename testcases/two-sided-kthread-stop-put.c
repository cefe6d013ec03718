// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: two-sided kthread stop: kthread_stop_put() or kthread_stop() on each branch after the check is a stop on every path: low, the note names the one on the earlier line
 * check-command: wqcheck --waiters --no-cache --confidence=low $file testcases/companion/two-sided-kthread-stop-waiter.c
 * check-companion: testcases/companion/two-sided-kthread-stop-waiter.c
 * check-exit-value: 1
 *
 * check-output-start
testcases/two-sided-kthread-stop-put.c:34:6: warning: store to s->running (line 33) may be reordered after waitqueue_active(&s->wq) in scrubber_stop(): a waiter can miss the wake-up; add smp_mb() before the check [wqcheck/missing-barrier]
testcases/two-sided-kthread-stop-put.c:34:1: note: low: kthread_stop_put() on line 37 stops the scrubber_thread() thread after the check on every path: every waiter waits in it and tests kthread_should_stop()
testcases/companion/two-sided-kthread-stop-waiter.c:30:1: note: waiter scrubber_thread() sleeps in wait_event_interruptible() and reads s->running in scrubber_alive()
 * check-output-end
 */

/*
 * Each way out of scrubber_stop() stops the thread, one with
 * kthread_stop_put() (kthread_stop() and a put of the task), the other
 * with kthread_stop(): every path wakes the waiter, which tests
 * kthread_should_stop(). The note names the stop on the earlier line.
 */
#include <linux/kthread.h>
#include <linux/wait.h>

struct scrubber {
	bool running;
	unsigned int pending;
	wait_queue_head_t wq;
	struct task_struct *task;
};

static void __maybe_unused scrubber_stop(struct scrubber *s, bool put)
{
	s->running = false;
	if (waitqueue_active(&s->wq))
		wake_up(&s->wq);
	if (put)
		kthread_stop_put(s->task);
	else
		kthread_stop(s->task);
}

extern int scrubber_thread(void *data);

static void __maybe_unused scrubber_start(struct scrubber *s)
{
	s->task = kthread_run(scrubber_thread, s, "scrubber");
}
