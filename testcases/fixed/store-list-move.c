// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: list_move() stores
 *
 * check-output-start
testcases/store-list-move.c:30:5-21: WARNING: store to cache->free (line 29) may be reordered after waitqueue_active(&cache->free_wait) in cache_release(): a waiter can miss the wake-up; add smp_mb() before the check
 * check-output-end
 */

/*
 * Racy.  An allocator sleeps until cache->free is not empty.
 */
#include <linux/list.h>
#include <linux/wait.h>

struct cache_obj {
	struct list_head lru;
};

struct cache {
	wait_queue_head_t free_wait;
	struct list_head free;
	struct list_head used;
};

static void __maybe_unused cache_release(struct cache *cache,
					 struct cache_obj *obj)
{
	list_move(&obj->lru, &cache->free);
	/*
	 * Order the list_move() on cache->free before the wait-list test of
	 * cache->free_wait; pairs with set_current_state() in the waiter.
	 */
	smp_mb();
	if (waitqueue_active(&cache->free_wait))
		wake_up(&cache->free_wait);
}
