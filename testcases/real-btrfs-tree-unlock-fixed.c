// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: btrfs-like tree unlock, fixed: wake through a helper that uses wq_has_sleeper()
 *
 * check-output-start
 * check-output-end
 */

/*
 * Not racy.  Twin of real-btrfs-tree-unlock.c: the conditional wake-up
 * goes through wq_has_sleeper(), whose smp_mb() orders the plain
 * decrement before the test.
 */
#include <linux/spinlock.h>
#include <linux/wait.h>

struct extent_buffer_lite {
	spinlock_t lock;
	int lock_owner;
	int blocking_writers;
	wait_queue_head_t write_lock_wq;
};

static inline void cond_wake_up(struct wait_queue_head *wq)
{
	if (wq_has_sleeper(wq))
		wake_up(wq);
}

static void __maybe_unused eb_tree_unlock(struct extent_buffer_lite *eb)
{
	int blockers = eb->blocking_writers;

	eb->lock_owner = 0;
	if (blockers) {
		eb->blocking_writers--;
		cond_wake_up(&eb->write_lock_wq);
	} else {
		spin_unlock(&eb->lock);
	}
}
