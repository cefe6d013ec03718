// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: mutex_unlock() between the store and the check: reported
 *
 * check-output-start
testcases/release-mutex-unlock.c:28:5-21: WARNING: store to cfg->gen (line 26) may be reordered after waitqueue_active(&cfg->wait) in cfg_update(): a waiter can miss the wake-up; add smp_mb() before the check
 * check-output-end
 */

/*
 * Racy.  mutex_unlock() is a RELEASE, not a full barrier, and the
 * waiter reads cfg->gen without the mutex.
 */
#include <linux/mutex.h>
#include <linux/wait.h>

struct cfg {
	struct mutex lock;
	wait_queue_head_t wait;
	unsigned int gen;
};

static void __maybe_unused cfg_update(struct cfg *cfg)
{
	mutex_lock(&cfg->lock);
	cfg->gen++;
	mutex_unlock(&cfg->lock);
	/*
	 * Order the store to cfg->gen before the wait-list test of cfg->wait;
	 * pairs with set_current_state() in the waiter.
	 */
	smp_mb();
	if (waitqueue_active(&cfg->wait))
		wake_up_all(&cfg->wait);
}
