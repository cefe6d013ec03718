// SPDX-License-Identifier: GPL-2.0
/*
 * A companion of two-sided-bit-nobody-waits.c (not a case of its own):
 * the only wait_on_bit() on struct port's flags, and it waits on
 * PORT_RESET, not on the PORT_BUSY the waker clears.
 */
#include <linux/sched.h>
#include <linux/wait_bit.h>

#define PORT_BUSY	0
#define PORT_RESET	1

struct port {
	unsigned long flags;
};

static int __maybe_unused port_wait_reset(struct port *p)
{
	return wait_on_bit(&p->flags, PORT_RESET, TASK_UNINTERRUPTIBLE);
}
