/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Kernel threads for the wqcheck test corpus. kthread_run() starts a
 * thread running its function (a macro of varargs in the kernel; the
 * corpus names one only). kthread_stop() sets the
 * thread's stop flag, then wakes it with wake_up_process() (a full
 * barrier) and waits for it to exit; the thread tests the flag with
 * kthread_should_stop().
 */
#ifndef _LINUX_KTHREAD_H
#define _LINUX_KTHREAD_H

#include <linux/types.h>
#include <linux/sched.h>

extern struct task_struct *kthread_run(int (*fn)(void *), void *data,
				       const char *name);
extern int kthread_stop(struct task_struct *k);
extern int kthread_stop_put(struct task_struct *k);
extern bool kthread_should_stop(void);

#endif /* _LINUX_KTHREAD_H */
