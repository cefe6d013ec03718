/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Tasks for the wqcheck test corpus.
 */
#ifndef _LINUX_SCHED_H
#define _LINUX_SCHED_H

#include <linux/types.h>
#include <linux/compiler.h>
#include <asm/barrier.h>

#define TASK_RUNNING		0x00000000
#define TASK_INTERRUPTIBLE	0x00000001
#define TASK_UNINTERRUPTIBLE	0x00000002
#define TASK_NORMAL		(TASK_INTERRUPTIBLE | TASK_UNINTERRUPTIBLE)

#define MAX_SCHEDULE_TIMEOUT	((long)(~0UL >> 1))

struct task_struct {
	unsigned int		__state;
	int			pid;
	char			comm[16];
};

extern struct task_struct *get_current(void);
#define current			get_current()

/*
 * set_current_state() stores the new state and then issues a full
 * barrier, so the waiter's following load of its condition cannot
 * pass the store; this is the waiter's half of the pairing.
 * __set_current_state() has no barrier.
 */
#define set_current_state(state)	smp_store_mb(current->__state, (state))
#define __set_current_state(state)	WRITE_ONCE(current->__state, (state))

extern void schedule(void);
extern long schedule_timeout(long timeout);
extern long schedule_timeout_uninterruptible(long timeout);
extern unsigned long msecs_to_jiffies(const unsigned int m);
extern int signal_pending(struct task_struct *p);

/* Returns 1 when @p was woken, 0 when it was already running. */
extern int wake_up_process(struct task_struct *p);

#endif /* _LINUX_SCHED_H */
