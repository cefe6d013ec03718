// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: two-sided accessor of the file: the waiter names the queue by port_sleep(), a static function of this file returning &READ_ONCE(p->wq)->wait, and tests under the lock the waker holds: not reported
 * check-command: wqcheck --waiters --no-cache --confidence=low $file
 * check-exit-value: 0
 *
 * check-output-start
 * check-output-end
 */

/*
 * Correct: port_post() names the queue &wq->wait, with wq the struct
 * port_wq loaded from p->wq; port_wait() names it port_sleep(p), which
 * returns the address of the wait member of what READ_ONCE(p->wq)
 * loads, a struct port_wq as struct port declares: the same queue.
 * The waiter enqueues and tests p->ready under p->lock, which
 * port_post() holds around its store and check: serialised.  The twin
 * two-sided-accessor-local-lockless.c tests without the lock.
 */
#include <linux/spinlock.h>
#include <linux/wait.h>

struct port_wq {
	wait_queue_head_t wait;
};

struct port {
	spinlock_t lock;
	bool ready;
	struct port_wq *wq;
};

static wait_queue_head_t *port_sleep(struct port *p)
{
	return &READ_ONCE(p->wq)->wait;
}

static void __maybe_unused port_post(struct port *p)
{
	struct port_wq *wq;

	spin_lock_irq(&p->lock);
	p->ready = true;
	wq = READ_ONCE(p->wq);
	if (waitqueue_active(&wq->wait))
		wake_up(&wq->wait);
	spin_unlock_irq(&p->lock);
}

static void __maybe_unused port_wait(struct port *p)
{
	spin_lock_irq(&p->lock);
	wait_event_lock_irq(*port_sleep(p), p->ready, p->lock);
	spin_unlock_irq(&p->lock);
}
