/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Waiting on a bit or on a variable, for the wqcheck test corpus.
 *
 * These use hashed wait queues, and wake_up_bit()/wake_up_var() test
 * waitqueue_active() on that queue before waking.  So the waker needs
 * a full barrier between its store and the call, exactly as with an
 * open-coded waitqueue_active(): usually smp_mb__after_atomic() after
 * clear_bit(), smp_mb() after a plain store.
 */
#ifndef _LINUX_WAIT_BIT_H
#define _LINUX_WAIT_BIT_H

#include <linux/wait.h>
#include <linux/bitops.h>
#include <asm/barrier.h>

extern struct wait_queue_head *bit_waitqueue(void *word, int bit);
extern struct wait_queue_head *__var_waitqueue(void *var);

extern void __wake_up_bit(struct wait_queue_head *wq_head, void *word, int bit);
extern void wake_up_bit(void *word, int bit);
extern void wake_up_var(void *var);

/* Sleep until @bit of @word is clear; 0, or -ERESTARTSYS on a signal. */
extern int wait_on_bit(unsigned long *word, int bit, unsigned int mode);
/* As wait_on_bit(), for at most @timeout jiffies: -EAGAIN when it ran out. */
extern int wait_on_bit_timeout(unsigned long *word, int bit,
			       unsigned int mode, unsigned long timeout);

/* Clear @bit (RELEASE), upgrade to a full barrier, wake its waiters. */
static inline void clear_and_wake_up_bit(int bit, void *word)
{
	clear_bit_unlock(bit, word);
	smp_mb__after_atomic();
	wake_up_bit(word, bit);
}

/* Sleep until @condition is true; woken by wake_up_var(@var). */
#define wait_var_event(var, condition)					\
do {									\
	struct wait_queue_head *__wve_wq = __var_waitqueue(var);	\
	DEFINE_WAIT(__wve_wait);					\
									\
	for (;;) {							\
		prepare_to_wait(__wve_wq, &__wve_wait,			\
				TASK_UNINTERRUPTIBLE);			\
		if (condition)						\
			break;						\
		schedule();						\
	}								\
	finish_wait(__wve_wq, &__wve_wait);				\
} while (0)

#endif /* _LINUX_WAIT_BIT_H */
