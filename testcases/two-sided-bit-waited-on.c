// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: two-sided bit: clear_bit() then wake_up_bit() on PORT_BUSY, and a waiter (in another file) waits on PORT_BUSY: reported at the usual level
 * check-command: wqcheck --waiters --no-cache --confidence=low --format=json $file testcases/companion/two-sided-bit-waiter-same-bit.c
 * check-companion: testcases/companion/two-sided-bit-waiter-same-bit.c
 * check-exit-value: 1
 *
 * check-output-start
{
  "tool": "wqcheck",
  "version": "0.1.0",
  "findings": [
    {
      "file": "testcases/two-sided-bit-waited-on.c",
      "line": 77,
      "column": 2,
      "end_column": 13,
      "function": "port_release",
      "rule": "wake-bit-missing-barrier",
      "confidence": "high",
      "check": "wake_up_bit",
      "wait_queue": "&p->flags, PORT_BUSY",
      "store": {
        "expr": "clear_bit(PORT_BUSY, &p->flags)",
        "target": "p->flags",
        "line": 76,
        "kind": "atomic-rmw"
      },
      "wake": {
        "function": "wake_up_bit",
        "line": 77
      },
      "between": null,
      "suggested_fix": "smp_mb__after_atomic()",
      "message": "store to p->flags (line 76) may be reordered after wake_up_bit(&p->flags, PORT_BUSY) in port_release(): a waiter can miss the wake-up; add smp_mb__after_atomic() before the check",
      "stmt_line": 77,
      "wrong_barrier": null,
      "fingerprint": "226f736e41077ade91cc0be523addd1bab02a94c3008131b25367155a179297d",
      "waiters": [
        {
          "file": "testcases/companion/two-sided-bit-waiter-same-bit.c",
          "line": 19,
          "note": "waiter port_wait_idle() sleeps in wait_on_bit() and reads p->flags"
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
 * Racy: the twin of two-sided-bit-nobody-waits.c.  port_wait_idle(),
 * in another file, sleeps in wait_on_bit() on PORT_BUSY of p->flags,
 * the bit cleared here; without smp_mb__after_atomic() between the
 * clear_bit() and wake_up_bit() it can sleep with the bit clear.
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
