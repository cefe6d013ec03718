// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: a wrapper whose queue and lock hang off a struct parameter: at a call given &x->member, the queue reads &x->member.wait
 * check-command: cocci-waiters $file
 *
 * check-output-start
wqcheck-waiter-1	testcases/waiters/form-wrapper-member.c	34	zone_wait_free	prepare_to_wait	&zp->free_wait	struct zone_pool			struct zone_pool|&zp->lock	none		
wqcheck-waiter-1	testcases/waiters/form-wrapper-member.c	45	zones_get_meta	zone_wait_free	&zs->meta.free_wait	struct zone_set		meta nr_free	struct zone_set|&zs->meta.lock	none		
 * check-output-end
 */

/*
 * zone_wait_free() takes the zone, not its queue and lock: the call
 * passes an embedded zone, and the record names the queue and the lock
 * as a reader of the caller would.
 */
#include <linux/spinlock.h>
#include <linux/wait.h>

struct zone_pool {
	spinlock_t lock;
	wait_queue_head_t free_wait;
	unsigned int nr_free;
};

struct zone_set {
	struct zone_pool meta;
};

static void zone_wait_free(struct zone_pool *zp)
{
	DEFINE_WAIT(wait);

	prepare_to_wait(&zp->free_wait, &wait, TASK_UNINTERRUPTIBLE);
	spin_unlock(&zp->lock);
	schedule();
	finish_wait(&zp->free_wait, &wait);
	spin_lock(&zp->lock);
}

static void __maybe_unused zones_get_meta(struct zone_set *zs)
{
	spin_lock(&zs->meta.lock);
	while (!zs->meta.nr_free)
		zone_wait_free(&zs->meta);
	zs->meta.nr_free--;
	spin_unlock(&zs->meta.lock);
}
