// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: two-sided kthread stop: kthread_stop() before the store and the check only: nothing wakes the waiter after the check, the race stays (high)
 * check-command: wqcheck --waiters --no-cache $file testcases/companion/two-sided-kthread-stop-waiter.c
 * check-companion: testcases/companion/two-sided-kthread-stop-waiter.c
 * check-exit-value: 1
 *
 * check-output-start
testcases/two-sided-kthread-stop-before.c:35:6: warning: store to s->running (line 34) may be reordered after waitqueue_active(&s->wq) in scrubber_restart(): a waiter can miss the wake-up; add smp_mb() before the check [wqcheck/missing-barrier]
testcases/companion/two-sided-kthread-stop-waiter.c:30:1: note: waiter scrubber_thread() sleeps in wait_event_interruptible() and reads s->running in scrubber_alive()
 * check-output-end
 */

/*
 * The race: the stop comes first, so the wake-up after the check is
 * the only one the waiter of the running flag gets, and a test of the
 * wait list that passes the store misses it.
 */
#include <linux/kthread.h>
#include <linux/wait.h>

struct scrubber {
	bool running;
	unsigned int pending;
	wait_queue_head_t wq;
	struct task_struct *task;
};

extern struct task_struct *old_task;

static void __maybe_unused scrubber_restart(struct scrubber *s)
{
	kthread_stop(old_task);
	s->running = false;
	if (waitqueue_active(&s->wq))
		wake_up(&s->wq);
}

extern int scrubber_thread(void *data);

static void __maybe_unused scrubber_start(struct scrubber *s)
{
	s->task = kthread_run(scrubber_thread, s, "scrubber");
}
