/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Tasks, their state, and sleeping: a thread is a task, schedule() is a
 * futex wait on the task's state word, waking is a compare-and-swap of
 * that word followed by a futex wake.
 */
#ifndef REPRO_SCHED_H
#define REPRO_SCHED_H

#include <stdbool.h>

#include "barrier.h"

#define TASK_RUNNING		0
#define TASK_INTERRUPTIBLE	1

struct task_struct {
	/* The futex word: TASK_RUNNING or the state the task sleeps in. */
	int state;
	/* Set while the task is inside schedule_timeout(). */
	int sleeping;
} __aligned(64);

extern __thread struct task_struct current_task;
#define current	(&current_task)

/* Store the state, then a full barrier, as the kernel's set_current_state(). */
#define set_current_state(s)				\
	do {						\
		WRITE_ONCE(current->state, (s));	\
		smp_mb();				\
	} while (0)

#define __set_current_state(s)	WRITE_ONCE(current->state, (s))

long schedule_timeout(long timeout_us);
bool wake_up_process(struct task_struct *p);

#endif /* REPRO_SCHED_H */
