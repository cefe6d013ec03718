/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Lock assertions for the wqcheck test corpus: with lockdep off they
 * compile to nothing, but they say which lock the caller holds.
 */
#ifndef _LINUX_LOCKDEP_H
#define _LINUX_LOCKDEP_H

#define lockdep_assert_held(l)	do { (void)(l); } while (0)

#endif /* _LINUX_LOCKDEP_H */
