/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Mutexes for the wqcheck test corpus.
 *
 * mutex_lock() is an ACQUIRE and mutex_unlock() a RELEASE: not a full
 * barrier, a later load may pass mutex_unlock().
 */
#ifndef _LINUX_MUTEX_H
#define _LINUX_MUTEX_H

#include <linux/types.h>
#include <linux/atomic.h>
#include <linux/spinlock.h>

struct mutex {
	atomic_long_t		owner;
	raw_spinlock_t		wait_lock;
	struct list_head	wait_list;
};

#define __MUTEX_INITIALIZER(name)					\
	{								\
		.owner = ATOMIC_LONG_INIT(0),				\
		.wait_lock = __RAW_SPIN_LOCK_UNLOCKED(name.wait_lock),	\
		.wait_list = { &(name).wait_list, &(name).wait_list },	\
	}
#define DEFINE_MUTEX(name)	struct mutex name = __MUTEX_INITIALIZER(name)

extern void mutex_init(struct mutex *lock);
extern void mutex_lock(struct mutex *lock);
extern int __must_check mutex_lock_interruptible(struct mutex *lock);
extern int mutex_trylock(struct mutex *lock);
extern void mutex_unlock(struct mutex *lock);

#endif /* _LINUX_MUTEX_H */
