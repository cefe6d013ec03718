/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Lock assertions for the wqcheck test corpus.
 *
 * lockdep_assert_held(l) states that the caller holds lock @l (lockdep
 * checks it at run time when enabled).  It takes nothing: for ordering,
 * the code after it runs inside that lock's critical section, so a
 * waiter that tests its condition under the same lock is serialised
 * with it.
 */
#ifndef _LINUX_LOCKDEP_H
#define _LINUX_LOCKDEP_H

extern void __lockdep_assert_held(const void *lock);

#define lockdep_assert_held(l)		__lockdep_assert_held(l)

#endif /* _LINUX_LOCKDEP_H */
