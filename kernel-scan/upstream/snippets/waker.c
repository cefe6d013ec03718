// SPDX-License-Identifier: GPL-2.0
/*
 * Wakers written for kernel-scan/tests/check-upstream: each function is
 * one case for the series' checkpatch.pl, its expected warnings are in
 * waker.expected.
 */

/* a store, then the test: the race */
static void store_then_test(struct ring *ring)
{
	ring->tail = 1;
	if (waitqueue_active(&ring->wait))
		wake_up(&ring->wait);
}

/* the same with smp_mb() between: quiet */
static void store_mb_test(struct ring *ring)
{
	ring->tail = 1;
	/* pairs with the waiter's set_current_state() */
	smp_mb();
	if (waitqueue_active(&ring->wait))
		wake_up(&ring->wait);
}

/* smp_wmb() orders stores only */
static void store_wmb_test(struct ring *ring)
{
	WRITE_ONCE(ring->tail, 1);
	/* publish the tail */
	smp_wmb();
	if (waitqueue_active(&ring->wait))
		wake_up(&ring->wait);
}

/* a fully ordered atomic earlier in the same condition: quiet */
static void and_test_in_condition(struct ring *ring)
{
	if (atomic_dec_and_test(&ring->users) && waitqueue_active(&ring->wait))
		wake_up(&ring->wait);
}

/* smp_mb__after_atomic() after atomic_set(), which is no RMW */
static void after_atomic_after_set(struct ring *ring)
{
	atomic_set(&ring->users, 0);
	/* wrongly trusted to order the store */
	smp_mb__after_atomic();
	if (waitqueue_active(&ring->wait))
		wake_up(&ring->wait);
}

/* smp_mb__after_atomic() after an atomic RMW: quiet */
static void after_atomic_after_rmw(struct ring *ring)
{
	atomic_inc(&ring->users);
	/* orders the increment before the test */
	smp_mb__after_atomic();
	if (waitqueue_active(&ring->wait))
		wake_up(&ring->wait);
}

/* no store in view: the old warning, unless a comment says why */
static void nothing_in_view(struct ring *ring)
{
	if (waitqueue_active(&ring->wait))
		wake_up(&ring->wait);
}

/* a barrier before the branches, a store in the other branch: quiet */
static void store_in_other_branch(struct ring *ring)
{
	/* pairs with the waiter's set_current_state() */
	smp_mb();
	if (ring->head) {
		ring->head = 0;
	} else {
		if (waitqueue_active(&ring->wait))
			wake_up(&ring->wait);
	}
}

/* swait_active() is the same test */
static void swait_store_then_test(struct ring *ring)
{
	ring->tail = 2;
	if (swait_active(&ring->swait))
		swake_up_one(&ring->swait);
}

/* the wrapper that includes the barrier: quiet */
static void has_sleeper(struct ring *ring)
{
	ring->tail = 3;
	if (wq_has_sleeper(&ring->wait))
		wake_up(&ring->wait);
}

/* clear_bit_unlock() is release only */
static void unlock_then_wake_bit(struct ring *ring)
{
	clear_bit_unlock(RING_BUSY, &ring->flags);
	wake_up_bit(&ring->flags, RING_BUSY);
}

/* as the comment above wake_up_bit() asks: quiet */
static void unlock_mb_wake_bit(struct ring *ring)
{
	clear_bit_unlock(RING_BUSY, &ring->flags);
	/* pairs with the waiter's set_current_state() */
	smp_mb__after_atomic();
	wake_up_bit(&ring->flags, RING_BUSY);
}

/* a fully ordered atomic decides the wake-up: quiet */
static void and_test_then_wake_var(struct ring *ring)
{
	if (atomic_dec_and_test(&ring->users))
		wake_up_var(&ring->users);
}

/* a plain store, then wake_up_var() */
static void store_then_wake_var(struct ring *ring)
{
	ring->state = 2;
	wake_up_var(&ring->state);
}

/* the store and the test under the wait queue's own lock: quiet */
static void under_queue_lock(struct ring *ring)
{
	unsigned long flags;

	spin_lock_irqsave(&ring->wait.lock, flags);
	ring->tail = 5;
	if (waitqueue_active(&ring->wait))
		wake_up_locked(&ring->wait);
	spin_unlock_irqrestore(&ring->wait.lock, flags);
}

/* under another lock: the waiter need not take it */
static void under_other_lock(struct ring *ring)
{
	spin_lock(&ring->lock);
	ring->tail = 6;
	spin_unlock(&ring->lock);
	if (waitqueue_active(&ring->wait))
		wake_up(&ring->wait);
}

/* a test that gates no wake-up: the old warning only */
static void test_in_warning(struct ring *ring)
{
	ring->tail = 4;
	WARN_ON(waitqueue_active(&ring->wait));
}
