// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: two-sided call site: a barrier-less helper tests the wait list, its caller stores u->state first, and the waiter (in another file) reads u->state: the call site is reported above low
 * check-command: wqcheck --waiters --no-cache --confidence=low --format=json $file testcases/companion/two-sided-call-site-waiter-state.c
 * check-companion: testcases/companion/two-sided-call-site-waiter-state.c
 * check-exit-value: 1
 *
 * check-output-start
{
  "tool": "wqcheck",
  "version": "0.1.0",
  "findings": [
    {
      "file": "testcases/two-sided-call-site-waiter-reads.c",
      "line": 108,
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
        "line": 109
      },
      "between": null,
      "suggested_fix": "smp_mb()",
      "message": "waitqueue_active(&u->wq) in unit_wake() is not preceded by a full barrier: a store made by its callers may be reordered after it; add smp_mb() before the check",
      "stmt_line": 108,
      "wrong_barrier": null,
      "fingerprint": "26ccebf2fc0956b2e5aec0aee61a6f5a0ea3393d8d7c23f3e189d841de07be9a",
      "waiters": [
        {
          "file": "testcases/companion/two-sided-call-site-waiter-state.c",
          "line": 17,
          "note": "waiter unit_wait_state_change() sleeps in wait_event()"
        }
      ]
    },
    {
      "file": "testcases/two-sided-call-site-waiter-reads.c",
      "line": 115,
      "column": 2,
      "end_column": 11,
      "function": "unit_set_state",
      "rule": "store-in-caller",
      "confidence": "high",
      "check": "unit_wake",
      "wait_queue": "u",
      "store": {
        "expr": "u->state = state",
        "target": "u->state",
        "line": 114,
        "kind": "plain"
      },
      "wake": {
        "function": "unit_wake",
        "line": 115
      },
      "between": null,
      "suggested_fix": "smp_mb()",
      "message": "store to u->state (line 114) may be reordered after the wait-list test in unit_wake(), called here from unit_set_state() with no barrier: a waiter can miss the wake-up; add smp_mb() before the call",
      "stmt_line": 115,
      "wrong_barrier": null,
      "fingerprint": "4d1cf631127fd8be21e71027f356d3949f5384af97fa2c2866a3d4cad020b3f1",
      "waiters": [
        {
          "file": "testcases/companion/two-sided-call-site-waiter-state.c",
          "line": 17,
          "note": "waiter unit_wait_state_change() sleeps in wait_event() and reads u->state"
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
 * Racy: unit_wake() tests u->wq with no barrier and stores nothing, so
 * alone it is a low finding (caller-store-second-pass.c).  Here its
 * caller stores u->state just before calling it, and the waiter of
 * struct unit's wq, in another file, sleeps until u->state changes:
 * the call site is a finding as certain as a direct one, and the
 * helper's own low finding is no longer needed by default (JSON, to
 * show the levels).
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
