/* SPDX-License-Identifier: GPL-2.0 */
/*
 * A test-and-set spinlock.  Taking it is a locked exchange (a full barrier
 * on x86); releasing it is a release store, a plain mov on x86, which lets
 * the CPU move later loads ahead of the stores made inside the lock.
 */
#ifndef REPRO_SPINLOCK_H
#define REPRO_SPINLOCK_H

#include "barrier.h"

struct spinlock {
	int locked;
};

#define SPINLOCK_UNLOCKED	{ .locked = 0 }

static inline void spin_lock_init(struct spinlock *lock)
{
	lock->locked = 0;
}

static inline void spin_lock(struct spinlock *lock)
{
	while (__atomic_exchange_n(&lock->locked, 1, __ATOMIC_ACQUIRE)) {
		while (READ_ONCE(lock->locked))
			cpu_relax();
	}
}

static inline void spin_unlock(struct spinlock *lock)
{
	smp_store_release(&lock->locked, 0);
}

#endif /* REPRO_SPINLOCK_H */
