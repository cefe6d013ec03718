// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: btrfs-like tree unlock: plain decrement, smp_mb__after_atomic(), check: wrong barrier
 *
 * check-output-start
testcases/real-btrfs-tree-unlock.c:35:6-22: WARNING: store to eb->blocking_writers (line 33) may be reordered after waitqueue_active(&eb->write_lock_wq) in eb_tree_unlock(): smp_mb__after_atomic() on line 34 orders nothing after a plain store; replace it with smp_mb()
 * check-output-end
 */

/*
 * Racy, shaped like the 2019 btrfs bug.  blocking_writers had been turned
 * from an atomic_t into a plain int, but the barrier after the decrement
 * stayed smp_mb__after_atomic(), which orders nothing after a plain
 * store (and is a no-op on x86).  A locker waiting for blocking_writers
 * to reach zero could sleep for ever.
 */
#include <linux/spinlock.h>
#include <linux/wait.h>

struct extent_buffer_lite {
	spinlock_t lock;
	int lock_owner;
	int blocking_writers;
	wait_queue_head_t write_lock_wq;
};

static void __maybe_unused eb_tree_unlock(struct extent_buffer_lite *eb)
{
	int blockers = eb->blocking_writers;

	eb->lock_owner = 0;
	if (blockers) {
		eb->blocking_writers--;
		/*
		 * Order the store to eb->blocking_writers before the wait-list
		 * test of eb->write_lock_wq; pairs with set_current_state() in
		 * the waiter.
		 */
		smp_mb();
		if (waitqueue_active(&eb->write_lock_wq))
			wake_up(&eb->write_lock_wq);
	} else {
		spin_unlock(&eb->lock);
	}
}
