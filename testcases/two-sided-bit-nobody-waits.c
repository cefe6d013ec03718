// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: two-sided bit: clear_bit() then wake_up_bit() on PORT_BUSY, but the only wait_on_bit() (in another file) waits on PORT_RESET: low, not shown by default
 * check-command: wqcheck --complete --no-cache --confidence=low --format=json $file testcases/companion/two-sided-bit-waiter-other-bit.c
 * check-companion: testcases/companion/two-sided-bit-waiter-other-bit.c
 * check-exit-value: 1
 *
 * check-output-start
{
  "tool": "wqcheck",
  "version": "0.1.0",
  "findings": [
    {
      "file": "testcases/two-sided-bit-nobody-waits.c",
      "line": 78,
      "column": 2,
      "end_column": 13,
      "function": "port_release",
      "rule": "wake-bit-missing-barrier",
      "confidence": "low",
      "check": "wake_up_bit",
      "wait_queue": "&p->flags, PORT_BUSY",
      "store": {
        "expr": "clear_bit(PORT_BUSY, &p->flags)",
        "target": "p->flags",
        "line": 77,
        "kind": "atomic-rmw"
      },
      "wake": {
        "function": "wake_up_bit",
        "line": 78
      },
      "between": null,
      "suggested_fix": "smp_mb__after_atomic()",
      "message": "store to p->flags (line 77) may be reordered after wake_up_bit(&p->flags, PORT_BUSY) in port_release(): a waiter can miss the wake-up; add smp_mb__after_atomic() before the check",
      "stmt_line": 78,
      "wrong_barrier": null,
      "fingerprint": "226f736e41077ade91cc0be523addd1bab02a94c3008131b25367155a179297d",
      "waiters": [
        {
          "file": "testcases/two-sided-bit-nobody-waits.c",
          "line": 78,
          "note": "low: nothing in the tree waits on bit PORT_BUSY"
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
 * Probably harmless: wake_up_bit() tests the hashed queue with no
 * barrier after clear_bit(), but nothing sleeps on PORT_BUSY: the one
 * wait_on_bit() on p->flags, in another file, waits for PORT_RESET.
 * With no waiter to leave asleep, the finding is low, not shown by
 * default, with a note saying why (JSON, to show the level).
 */
#include <linux/wait_bit.h>

#define PORT_BUSY	0
#define PORT_RESET	1

struct port {
	unsigned long flags;
};

static void __maybe_unused port_release(struct port *p)
{
	clear_bit(PORT_BUSY, &p->flags);
	wake_up_bit(&p->flags, PORT_BUSY);
}
