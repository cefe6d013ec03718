/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Memory barriers for the wqcheck test corpus.
 *
 * The lost wake-up this corpus is about is the store-buffering shape:
 * the waker stores its condition and then loads the wait list, the
 * waiter stores itself on the wait list and then loads the condition.
 * Only a FULL barrier on each side (smp_mb() or something that
 * implies it) forbids both loads from missing both stores.  Every
 * other ordering below leaves a store free to be passed by a later
 * load, and is noted as such.
 *
 * The bodies use C11 fences that are at least as strong as the
 * promise in the comment; the promise is what the cases rely on.
 */
#ifndef _ASM_BARRIER_H
#define _ASM_BARRIER_H

#include <linux/compiler.h>

/* Full barrier: every earlier load and store before every later one. */
#define mb()			__atomic_thread_fence(__ATOMIC_SEQ_CST)
#define smp_mb()		__atomic_thread_fence(__ATOMIC_SEQ_CST)

/* Store->store only (wmb) and load->load only (rmb): no store->load. */
#define wmb()			__atomic_thread_fence(__ATOMIC_RELEASE)
#define smp_wmb()		__atomic_thread_fence(__ATOMIC_RELEASE)
#define rmb()			__atomic_thread_fence(__ATOMIC_ACQUIRE)
#define smp_rmb()		__atomic_thread_fence(__ATOMIC_ACQUIRE)

/* Store @value to @var, then a full barrier. */
#define smp_store_mb(var, value)					\
do {									\
	WRITE_ONCE(var, value);						\
	smp_mb();							\
} while (0)

/*
 * RELEASE store to *@p: earlier accesses complete before it.  A later
 * load may still be satisfied before the store is visible, so this is
 * NOT a full barrier.
 */
#define smp_store_release(p, v)	__atomic_store_n(p, v, __ATOMIC_RELEASE)

/* ACQUIRE load of *@p: later accesses happen after it. */
#define smp_load_acquire(p)	__atomic_load_n(p, __ATOMIC_ACQUIRE)

/*
 * Upgrade the atomic read-modify-write right before (after_atomic) or
 * right after (before_atomic) to full ordering.  They need that RMW:
 * after a plain store smp_mb__after_atomic() promises nothing, and it
 * is a no-op on x86.
 */
#define smp_mb__before_atomic()	__atomic_thread_fence(__ATOMIC_SEQ_CST)
#define smp_mb__after_atomic()	__atomic_thread_fence(__ATOMIC_SEQ_CST)

/* Placed right after spin_lock(): makes the lock acquisition a full barrier. */
#define smp_mb__after_spinlock()	__atomic_thread_fence(__ATOMIC_SEQ_CST)

/* After a load that a branch depends on: order it before later loads. */
#define smp_acquire__after_ctrl_dep()	smp_rmb()

#endif /* _ASM_BARRIER_H */
