// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: two-sided lock: the callers' callers of the checking helper take the lock through a lock function of the file, and every waiter waits through a wrapper that drops it: not reported
 * check-command: wqcheck --waiters --no-cache --confidence=low $file
 * check-exit-value: 0
 *
 * check-output-start
 * check-output-end
 */

/*
 * Correct: cache_free_entry() takes no lock, nor do its callers
 * cache_flush() and cache_discard(); but every call of those is made
 * under cache_lock(c), which takes c->lock (a lock function of the
 * file, not a lock primitive). The waiter, cache_alloc(), tests
 * nr_free under c->lock and sleeps in cache_wait_on_freelist(), which
 * enqueues and drops the caller's lock: the two sides are serialised.
 */
#include <linux/mutex.h>
#include <linux/sched.h>
#include <linux/wait.h>

struct cache {
	struct mutex lock;
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
	cache_lock(c);
	cache_flush(c);
	cache_unlock(c);
}

static void __maybe_unused cache_map(struct cache *c, int discard)
{
	cache_lock(c);
	if (discard)
		cache_discard(c);
	else
		cache_flush(c);
	cache_unlock(c);
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
