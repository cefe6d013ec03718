/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _LINUX_POLL_H
#define _LINUX_POLL_H

#include <linux/types.h>

struct file;
struct wait_queue_head;
typedef struct poll_table_struct poll_table;

/*
 * Adds the polling task to @wait_address; the poll function then
 * computes its mask, and the task sleeps until that queue is woken.
 */
extern void poll_wait(struct file *filp, struct wait_queue_head *wait_address,
		      poll_table *p);

#define EPOLLIN		((__poll_t)0x00000001)
#define EPOLLPRI	((__poll_t)0x00000002)
#define EPOLLOUT	((__poll_t)0x00000004)
#define EPOLLERR	((__poll_t)0x00000008)
#define EPOLLHUP	((__poll_t)0x00000010)
#define EPOLLRDNORM	((__poll_t)0x00000040)
#define EPOLLWRNORM	((__poll_t)0x00000100)

#endif /* _LINUX_POLL_H */
