/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Spinlocks for the wqcheck test corpus.
 *
 * spin_lock*() is an ACQUIRE and spin_unlock*() a RELEASE.  Neither is
 * a full barrier: a store made before spin_unlock() can still be passed
 * by a load made after it.  smp_mb__after_spinlock() right after the
 * lock makes the acquisition fully ordered.
 */
#ifndef _LINUX_SPINLOCK_H
#define _LINUX_SPINLOCK_H

#include <linux/types.h>
#include <asm/barrier.h>

typedef struct raw_spinlock {
	unsigned int slock;
} raw_spinlock_t;

typedef struct spinlock {
	raw_spinlock_t rlock;
} spinlock_t;

#define __RAW_SPIN_LOCK_UNLOCKED(name)	{ .slock = 0 }
#define __SPIN_LOCK_UNLOCKED(name)	{ .rlock = __RAW_SPIN_LOCK_UNLOCKED(name) }
#define DEFINE_SPINLOCK(name)		spinlock_t name = __SPIN_LOCK_UNLOCKED(name)

extern void spin_lock_init(spinlock_t *lock);
extern void spin_lock(spinlock_t *lock);
extern void spin_unlock(spinlock_t *lock);
extern void spin_lock_bh(spinlock_t *lock);
extern void spin_unlock_bh(spinlock_t *lock);
extern void spin_lock_irq(spinlock_t *lock);
extern void spin_unlock_irq(spinlock_t *lock);
extern int spin_trylock(spinlock_t *lock);

/* spin_lock_irqsave() stores the saved interrupt state in @flags. */
extern unsigned long __spin_lock_irqsave(spinlock_t *lock);
#define spin_lock_irqsave(lock, flags)					\
do {									\
	(flags) = __spin_lock_irqsave(lock);				\
} while (0)
extern void spin_unlock_irqrestore(spinlock_t *lock, unsigned long flags);

extern void raw_spin_lock_init(raw_spinlock_t *lock);
extern void raw_spin_lock(raw_spinlock_t *lock);
extern void raw_spin_unlock(raw_spinlock_t *lock);
extern void raw_spin_lock_irq(raw_spinlock_t *lock);
extern void raw_spin_unlock_irq(raw_spinlock_t *lock);
extern unsigned long __raw_spin_lock_irqsave(raw_spinlock_t *lock);
#define raw_spin_lock_irqsave(lock, flags)				\
do {									\
	(flags) = __raw_spin_lock_irqsave(lock);			\
} while (0)
extern void raw_spin_unlock_irqrestore(raw_spinlock_t *lock, unsigned long flags);

#endif /* _LINUX_SPINLOCK_H */
