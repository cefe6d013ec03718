// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: plain store then wake_up_var() with no barrier
 *
 * check-output-start
testcases/wake-var-plain.c:23:1-12: WARNING: store to mnt->writers (line 22) may be reordered after wake_up_var(&mnt->writers) in mnt_drop_write(): a waiter can miss the wake-up; add smp_mb() before the check
 * check-output-end
 */

/*
 * Racy.  wake_up_var() tests the hashed queue with waitqueue_active();
 * the waiter in wait_var_event() can miss writers reaching zero.
 */
#include <linux/wait_bit.h>

struct mnt {
	int writers;
};

static void __maybe_unused mnt_drop_write(struct mnt *mnt)
{
	mnt->writers--;
	/*
	 * Order the store to mnt->writers before the wait-list test in
	 * wake_up_var(); pairs with the barrier in wait_var_event() in
	 * mnt_wait_writers().
	 */
	smp_mb();
	wake_up_var(&mnt->writers);
}

static void __maybe_unused mnt_wait_writers(struct mnt *mnt)
{
	wait_var_event(&mnt->writers, READ_ONCE(mnt->writers) == 0);
}
