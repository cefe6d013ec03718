// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: two-sided repoll: the only waiter (in another file) naps HZ / 100 at a time and pokes the engine between naps: low, not shown by default
 * check-command: wqcheck --waiters --no-cache --confidence=low --format=json $file testcases/companion/two-sided-repoll-waiter.c
 * check-companion: testcases/companion/two-sided-repoll-waiter.c
 * check-exit-value: 1
 *
 * check-output-start
{
  "tool": "wqcheck",
  "version": "0.1.0",
  "findings": [
    {
      "file": "testcases/two-sided-repoll-short-timeout.c",
      "line": 81,
      "column": 6,
      "end_column": 22,
      "function": "engine_irq_done",
      "rule": "missing-barrier",
      "confidence": "low",
      "check": "waitqueue_active",
      "wait_queue": "&e->wq",
      "store": {
        "expr": "e->done = true",
        "target": "e->done",
        "line": 80,
        "kind": "plain"
      },
      "wake": {
        "function": "wake_up",
        "line": 82
      },
      "between": null,
      "suggested_fix": "smp_mb()",
      "message": "store to e->done (line 80) may be reordered after waitqueue_active(&e->wq) in engine_irq_done(): a waiter can miss the wake-up; add smp_mb() before the check",
      "stmt_line": 81,
      "wrong_barrier": null,
      "fingerprint": "2580e1d7d86ce90f50526630b76bc4b074debdd66e1ae91b55f60c915807d483",
      "waiters": [
        {
          "file": "testcases/two-sided-repoll-short-timeout.c",
          "line": 81,
          "note": "low: every waiter re-polls on a timeout, so a missed wake-up only delays it"
        },
        {
          "file": "testcases/companion/two-sided-repoll-waiter.c",
          "line": 21,
          "note": "waiter engine_sync() sleeps in wait_event_timeout() (re-polling on a timeout) and reads e->done"
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
 * A hint, not a hang: the barrier is missing, but the only waiter of
 * struct engine's wq, engine_sync() in another file, sleeps at most a
 * hundredth of a second, then pokes the engine and waits again.  A
 * missed wake-up costs it one short nap, so the finding is low, with a
 * note saying why (JSON, to show the level).
 */
#include <linux/wait.h>

struct engine {
	bool done;
	wait_queue_head_t wq;
};

static void __maybe_unused engine_irq_done(struct engine *e)
{
	e->done = true;
	if (waitqueue_active(&e->wq))
		wake_up(&e->wq);
}
