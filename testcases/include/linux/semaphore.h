/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Counting semaphores for the wqcheck test corpus.
 *
 * down() is an ACQUIRE and up() a RELEASE: up() is not a full barrier.
 */
#ifndef _LINUX_SEMAPHORE_H
#define _LINUX_SEMAPHORE_H

#include <linux/types.h>
#include <linux/spinlock.h>

struct semaphore {
	raw_spinlock_t		lock;
	unsigned int		count;
	struct list_head	wait_list;
};

extern void sema_init(struct semaphore *sem, int val);
extern void down(struct semaphore *sem);
extern int __must_check down_interruptible(struct semaphore *sem);
extern int __must_check down_trylock(struct semaphore *sem);
extern void up(struct semaphore *sem);

#endif /* _LINUX_SEMAPHORE_H */
