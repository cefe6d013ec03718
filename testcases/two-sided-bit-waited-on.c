// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: two-sided bit: clear_bit() then wake_up_bit() on PORT_BUSY, and a waiter (in another file) waits on PORT_BUSY: reported at the usual level
 * check-command: wqcheck --no-cache --confidence=low --format=json $file testcases/companion/two-sided-bit-waiter-same-bit.c
 * check-companion: testcases/companion/two-sided-bit-waiter-same-bit.c
 * check-exit-value: 1
 * check-known-to-fail
 *
 * check-output-start
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
