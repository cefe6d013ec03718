// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: two-sided call site: the same helper and caller, but the waiter (in another file) reads u->gen, not u->state: the call site stays low
 * check-command: wqcheck --waiters --no-cache --confidence=low --format=json $file testcases/companion/two-sided-call-site-waiter-gen.c
 * check-companion: testcases/companion/two-sided-call-site-waiter-gen.c
 * check-exit-value: 1
 *
 * check-output-start
{
  "tool": "wqcheck",
  "version": "0.1.0",
  "findings": [
    {
      "file": "testcases/two-sided-call-site-waiter-other.c",
      "line": 105,
      "column": 6,
      "end_column": 22,
      "function": "unit_wake",
      "rule": "store-in-caller",
      "confidence": "low",
      "check": "waitqueue_active",
      "wait_queue": "&u->wq",
      "store": null,
      "wake": {
        "function": "wake_up",
        "line": 106
      },
      "between": null,
      "suggested_fix": "smp_mb()",
      "message": "waitqueue_active(&u->wq) in unit_wake() is not preceded by a full barrier: a store made by its callers may be reordered after it; add smp_mb() before the check",
      "stmt_line": 105,
      "wrong_barrier": null,
      "fingerprint": "26ccebf2fc0956b2e5aec0aee61a6f5a0ea3393d8d7c23f3e189d841de07be9a",
      "waiters": [
        {
          "file": "testcases/companion/two-sided-call-site-waiter-gen.c",
          "line": 17,
          "note": "waiter unit_wait_gen() sleeps in wait_event()"
        }
      ]
    },
    {
      "file": "testcases/two-sided-call-site-waiter-other.c",
      "line": 112,
      "column": 2,
      "end_column": 11,
      "function": "unit_set_state",
      "rule": "store-in-caller",
      "confidence": "low",
      "check": "unit_wake",
      "wait_queue": "u",
      "store": {
        "expr": "u->state = state",
        "target": "u->state",
        "line": 111,
        "kind": "plain"
      },
      "wake": {
        "function": "unit_wake",
        "line": 112
      },
      "between": null,
      "suggested_fix": "smp_mb()",
      "message": "store to u->state (line 111) may be reordered after the wait-list test in unit_wake(), called here from unit_set_state() with no barrier: a waiter can miss the wake-up; add smp_mb() before the call",
      "stmt_line": 112,
      "wrong_barrier": null,
      "fingerprint": "4d1cf631127fd8be21e71027f356d3949f5384af97fa2c2866a3d4cad020b3f1",
      "waiters": [
        {
          "file": "testcases/companion/two-sided-call-site-waiter-gen.c",
          "line": 17,
          "note": "waiter unit_wait_gen() sleeps in wait_event() and reads none of the stores before the check"
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
 * Probably harmless: the twin of two-sided-call-site-waiter-reads.c.
 * The waiter of struct unit's wq sleeps until u->gen moves, and
 * nothing on this path stores u->gen, so the call site after the store
 * to u->state stays at low, like the helper's own finding.
 */
#include <linux/wait.h>

struct unit {
	int state;
	unsigned int gen;
	wait_queue_head_t wq;
};

/* Stores nothing itself: its callers store, then call it. */
static void unit_wake(struct unit *u)
{
	if (waitqueue_active(&u->wq))
		wake_up(&u->wq);
}

static void __maybe_unused unit_set_state(struct unit *u, int state)
{
	u->state = state;
	unit_wake(u);
}
