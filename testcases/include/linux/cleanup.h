/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Scope-based locks for the wqcheck test corpus, shaped like the
 * kernel's include/linux/cleanup.h: guard(spinlock)(&l) holds l to the
 * end of the enclosing scope, scoped_guard(spinlock, &l) { ... } in its
 * block.  Here they only take the lock: the corpus is checked, not run.
 */
#ifndef _LINUX_CLEANUP_H
#define _LINUX_CLEANUP_H

#include <linux/spinlock.h>

static inline int __guard_spinlock(spinlock_t *l)
{
	spin_lock(l);
	return 0;
}

static inline int __guard_spinlock_irq(spinlock_t *l)
{
	spin_lock_irq(l);
	return 0;
}

#define guard(name)		__guard_##name
#define scoped_guard(name, l)						\
	for (int __scoped = __guard_##name(l); !__scoped; __scoped = 1)

#endif
