// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: locks: a lock wrapper macro of the file with no argument is resolved to the lock it takes (a lock that a macro declares has no root type)
 * check-command: cocci-waiters $file
 *
 * check-output-start
wqcheck-waiter-1	testcases/waiters/locks-wrapper-macro.c	31	wait_for_slot	add_wait_queue	&slots_wait				|&slots_lock	none		
 * check-output-end
 */

/*
 * lock_slots() and unlock_slots() wrap the file's lock. The enqueue is
 * made before unlock_slots() with no lock_slots() between: the caller
 * took slots_lock.
 */
#include <linux/spinlock.h>
#include <linux/wait.h>

#define lock_slots()	spin_lock(&slots_lock)
#define unlock_slots()	spin_unlock(&slots_lock)

static DEFINE_SPINLOCK(slots_lock);
static DECLARE_WAIT_QUEUE_HEAD(slots_wait);
static int slots_free[4];

static void __maybe_unused wait_for_slot(int i)
{
	DECLARE_WAITQUEUE(wait, current);

	__set_current_state(TASK_UNINTERRUPTIBLE);
	add_wait_queue(&slots_wait, &wait);
	unlock_slots();
	schedule();
	remove_wait_queue(&slots_wait, &wait);
	lock_slots();
	if (!slots_free[i])
		return;
}
