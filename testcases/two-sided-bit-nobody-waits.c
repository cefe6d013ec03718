// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: two-sided bit: clear_bit() then wake_up_bit() on PORT_BUSY, but the only wait_on_bit() (in another file) waits on PORT_RESET: one level lower, not shown by default
 * check-command: wqcheck --no-cache --confidence=low --format=json $file testcases/companion/two-sided-bit-waiter-other-bit.c
 * check-companion: testcases/companion/two-sided-bit-waiter-other-bit.c
 * check-exit-value: 1
 * check-known-to-fail
 *
 * check-output-start
 * check-output-end
 */

/*
 * Probably harmless: wake_up_bit() tests the hashed queue with no
 * barrier after clear_bit(), but nothing sleeps on PORT_BUSY: the one
 * wait_on_bit() on p->flags, in another file, waits for PORT_RESET.
 * With no waiter to leave asleep, the finding drops a level and is not
 * shown by default (JSON, to show the level).
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
