// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: two-sided lock: the callers' callers of the checking helper hold a lock through a lock function of the file, but not the one the waiter holds: reported
 * check-command: wqcheck --waiters --no-cache --confidence=low $file
 * check-exit-value: 1
 *
 * check-output-start
testcases/two-sided-lock-callers-lock-function-other.c:54:6: warning: store to c->nr_free (line 53) may be reordered after waitqueue_active(&c->freelist_wait) in cache_free_entry(): a waiter can miss the wake-up; add smp_mb() before the check [wqcheck/missing-barrier]
testcases/two-sided-lock-callers-lock-function-other.c:92:1: note: waiter cache_wait_on_freelist() sleeps in prepare_to_wait() and reads none of the stores before the check
 * check-output-end
 */

/*
 * The race: as two-sided-lock-callers-callers.c, but the callers'
 * callers take c->stats_lock (cache_stats_lock()), while cache_alloc()
 * tests nr_free under c->lock: nothing orders the store to nr_free
 * before the test of the wait list against the waiter's enqueue.
 */
#include <linux/mutex.h>
#include <linux/sched.h>
#include <linux/wait.h>

struct cache {
	struct mutex lock;
	struct mutex stats_lock;
	wait_queue_head_t freelist_wait;
	unsigned int nr_free;
	unsigned int dirty;
};

static void cache_lock(struct cache *c)
{
	mutex_lock(&c->lock);
}

static void cache_unlock(struct cache *c)
{
	mutex_unlock(&c->lock);
}

static void cache_stats_lock(struct cache *c)
{
	mutex_lock(&c->stats_lock);
}

static void cache_stats_unlock(struct cache *c)
{
	mutex_unlock(&c->stats_lock);
}

static void cache_free_entry(struct cache *c)
{
	c->nr_free++;
	if (waitqueue_active(&c->freelist_wait))
		wake_up(&c->freelist_wait);
}

static void cache_flush(struct cache *c)
{
	while (c->dirty) {
		c->dirty--;
		cache_free_entry(c);
	}
}

static void cache_discard(struct cache *c)
{
	cache_free_entry(c);
}

static void __maybe_unused cache_flush_work(struct cache *c)
{
	cache_stats_lock(c);
	cache_flush(c);
	cache_stats_unlock(c);
}

static void __maybe_unused cache_map(struct cache *c, int discard)
{
	cache_stats_lock(c);
	if (discard)
		cache_discard(c);
	else
		cache_flush(c);
	cache_stats_unlock(c);
}

static void cache_wait_on_freelist(struct cache *c)
{
	DEFINE_WAIT(wait);

	prepare_to_wait(&c->freelist_wait, &wait, TASK_UNINTERRUPTIBLE);
	cache_unlock(c);
	schedule();
	finish_wait(&c->freelist_wait, &wait);
	cache_lock(c);
}

static void __maybe_unused cache_alloc(struct cache *c)
{
	cache_lock(c);
	while (!c->nr_free)
		cache_wait_on_freelist(c);
	c->nr_free--;
	cache_unlock(c);
}
