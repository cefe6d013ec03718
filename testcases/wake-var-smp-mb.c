// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: plain store; smp_mb(); wake_up_var(): not reported
 *
 * check-output-start
 * check-output-end
 */

/*
 * Not racy.  The full barrier orders the store before the test inside
 * wake_up_var().
 */
#include <linux/wait_bit.h>

struct mnt {
	int writers;
};

static void __maybe_unused mnt_drop_write(struct mnt *mnt)
{
	mnt->writers--;
	smp_mb();
	wake_up_var(&mnt->writers);
}
