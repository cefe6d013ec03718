// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: two-sided accessor of the file: the waiter names the queue by gate_sleep(), a static function of this file, and reads g->ready without the waker's lock: reported, the waiter named
 * check-command: wqcheck --waiters --no-cache --confidence=low $file
 * check-exit-value: 1
 *
 * check-output-start
testcases/two-sided-accessor-local-lockless.c:44:6: warning: store to g->ready (line 42) may be reordered after waitqueue_active(&wq->wait) in gate_post(): a waiter can miss the wake-up; add smp_mb() before the check [wqcheck/missing-barrier]
testcases/two-sided-accessor-local-lockless.c:51:1: note: waiter gate_wait() sleeps in wait_event() and reads g->ready
 * check-output-end
 */

/*
 * Racy: the twin of two-sided-accessor-local.c.  gate_wait() sleeps on
 * gate_sleep(g), the wait member of g's struct gate_wq, the queue
 * gate_post() tests as &wq->wait; it reads g->ready without g->lock,
 * so the store can be reordered after the check and the wake-up lost.
 */
#include <linux/spinlock.h>
#include <linux/wait.h>

struct gate_wq {
	wait_queue_head_t wait;
};

struct gate {
	spinlock_t lock;
	bool ready;
	struct gate_wq *wq;
};

static wait_queue_head_t *gate_sleep(struct gate *g)
{
	return &READ_ONCE(g->wq)->wait;
}

static void __maybe_unused gate_post(struct gate *g)
{
	struct gate_wq *wq;

	spin_lock_irq(&g->lock);
	g->ready = true;
	wq = READ_ONCE(g->wq);
	/*
	 * Order the store to g->ready before the wait-list test of wq->wait;
	 * pairs with set_current_state() in the waiter.
	 */
	smp_mb();
	if (waitqueue_active(&wq->wait))
		wake_up(&wq->wait);
	spin_unlock_irq(&g->lock);
}

static void __maybe_unused gate_wait(struct gate *g)
{
	wait_event(*gate_sleep(g), READ_ONCE(g->ready));
}
