// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: two-sided kthread stop: kthread_stop() follows the check on every path and the only waiter tests kthread_should_stop() (in a function its condition calls): low, not shown by default
 * check-command: wqcheck --waiters --no-cache --confidence=low --format=json $file testcases/companion/two-sided-kthread-stop-waiter.c
 * check-companion: testcases/companion/two-sided-kthread-stop-waiter.c
 * check-exit-value: 1
 *
 * check-output-start
{
  "tool": "wqcheck",
  "version": "0.1.0",
  "findings": [
    {
      "file": "testcases/two-sided-kthread-stop.c",
      "line": 86,
      "column": 6,
      "end_column": 22,
      "function": "scrubber_stop",
      "rule": "missing-barrier",
      "confidence": "low",
      "check": "waitqueue_active",
      "wait_queue": "&s->wq",
      "store": {
        "expr": "s->running = false",
        "target": "s->running",
        "line": 85,
        "kind": "plain"
      },
      "wake": {
        "function": "wake_up",
        "line": 87
      },
      "between": null,
      "suggested_fix": "smp_mb()",
      "message": "store to s->running (line 85) may be reordered after waitqueue_active(&s->wq) in scrubber_stop(): a waiter can miss the wake-up; add smp_mb() before the check",
      "stmt_line": 86,
      "wrong_barrier": null,
      "fingerprint": "8e056206453e6ccbd9c7a4fc74e5fd309dac58dc8d0428b6489abdcafa934308",
      "waiters": [
        {
          "file": "testcases/two-sided-kthread-stop.c",
          "line": 86,
          "note": "low: kthread_stop() on line 88 stops the scrubber_thread() thread after the check on every path: every waiter waits in it and tests kthread_should_stop()"
        },
        {
          "file": "testcases/companion/two-sided-kthread-stop-waiter.c",
          "line": 30,
          "note": "waiter scrubber_thread() sleeps in wait_event_interruptible() and reads s->running in scrubber_alive()"
        }
      ]
    }
  ],
  "hidden_by_baseline": 0,
  "not_checked": [
  ],
  "unparsed": [
  ],
  "not_analysed": [
  ]
}
 * check-output-end
 */

/*
 * Not a hang: the store of the running flag may pass the test of the
 * wait list, but kthread_stop() after it, on every path, sets the stop
 * flag of the thread and wakes it (wake_up_process() is a full
 * barrier). The only waiter, the kthread of struct scrubber in another
 * file, tests kthread_should_stop() in scrubber_alive(), which its
 * condition calls: it wakes, sees the flag and leaves. The finding is
 * low, with a note saying why (JSON, to show the level).
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
