// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: locks: the lock argument of wait_event_lock_irq() is held at the test
 * check-command: cocci-waiters $file
 *
 * check-output-start
wqcheck-waiter-1	testcases/waiters/locks-form-argument.c	27	conf_wait_quiet	wait_event_lock_irq	conf->wait_barrier	struct barrier_conf		nr_pending	struct barrier_conf|conf->resync_lock	none	!conf->nr_pending	
 * check-output-end
 */

/*
 * wait_event_lock_irq() tests the condition with the lock it is given
 * held, and drops it only to sleep.
 */
#include <linux/spinlock.h>
#include <linux/wait.h>

struct barrier_conf {
	spinlock_t resync_lock;
	wait_queue_head_t wait_barrier;
	int nr_pending;
};

static void __maybe_unused conf_wait_quiet(struct barrier_conf *conf)
{
	spin_lock_irq(&conf->resync_lock);
	wait_event_lock_irq(conf->wait_barrier, !conf->nr_pending,
			    conf->resync_lock);
	spin_unlock_irq(&conf->resync_lock);
}
