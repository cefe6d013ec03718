// SPDX-License-Identifier: GPL-2.0
/*
 * A companion of two-sided-bit-waited-on.c (not a case of its own): a
 * wait_on_bit() on PORT_BUSY of struct port's flags, the bit the waker
 * clears.
 */
#include <linux/sched.h>
#include <linux/wait_bit.h>

#define PORT_BUSY	0
#define PORT_RESET	1

struct port {
	unsigned long flags;
};

static int __maybe_unused port_wait_idle(struct port *p)
{
	return wait_on_bit(&p->flags, PORT_BUSY, TASK_UNINTERRUPTIBLE);
}
