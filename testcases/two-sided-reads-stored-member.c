// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: two-sided reads: the waker stores m->count, and the only waiter (in another file) reads m->count: reported at the usual level
 * check-command: wqcheck --waiters --no-cache --confidence=low --format=json $file testcases/companion/two-sided-reads-waiter-count.c
 * check-companion: testcases/companion/two-sided-reads-waiter-count.c
 * check-exit-value: 1
 *
 * check-output-start
{
  "tool": "wqcheck",
  "version": "0.1.0",
  "findings": [
    {
      "file": "testcases/two-sided-reads-stored-member.c",
      "line": 76,
      "column": 6,
      "end_column": 22,
      "function": "meter_set_count",
      "rule": "missing-barrier",
      "confidence": "high",
      "check": "waitqueue_active",
      "wait_queue": "&m->wq",
      "store": {
        "expr": "m->count = n",
        "target": "m->count",
        "line": 75,
        "kind": "plain"
      },
      "wake": {
        "function": "wake_up",
        "line": 77
      },
      "between": null,
      "suggested_fix": "smp_mb()",
      "message": "store to m->count (line 75) may be reordered after waitqueue_active(&m->wq) in meter_set_count(): a waiter can miss the wake-up; add smp_mb() before the check",
      "stmt_line": 76,
      "wrong_barrier": null,
      "fingerprint": "610057cad9de9ef007d6a23bf9ab80a4d2ef2656fc7db394b2182f3e3271e4b5",
      "waiters": [
        {
          "file": "testcases/companion/two-sided-reads-waiter-count.c",
          "line": 17,
          "note": "waiter meter_wait_count() sleeps in wait_event_interruptible() and reads m->count"
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
 * Racy: the twin of two-sided-reads-other-member.c.  The waiter sleeps
 * until m->count reaches its target, the very store that may pass the
 * test of the wait list, so it can sleep with the count reached: the
 * finding keeps the level the waker alone gives it.
 */
#include <linux/wait.h>

struct meter {
	unsigned int count;
	bool ready;
	wait_queue_head_t wq;
};

static void __maybe_unused meter_set_count(struct meter *m, unsigned int n)
{
	m->count = n;
	if (waitqueue_active(&m->wq))
		wake_up(&m->wq);
}
