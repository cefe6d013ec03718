// SPDX-License-Identifier: GPL-2.0
/*
 * kernel-scan test tree: clear_bit() then wake_up_bit() with no
 * smp_mb__after_atomic() between.
 */
#include <linux/wait_bit.h>

#define DEMO_BUSY 0

struct demo_inode {
	unsigned long flags;
};

void demo_unbusy(struct demo_inode *di)
{
	clear_bit(DEMO_BUSY, &di->flags);
	wake_up_bit(&di->flags, DEMO_BUSY);
}
