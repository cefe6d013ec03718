/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _LINUX_KERNEL_H
#define _LINUX_KERNEL_H

#include <linux/types.h>
#include <linux/compiler.h>
#include <linux/container_of.h>
#include <linux/printk.h>
#include <linux/bug.h>
#include <linux/errno.h>

#define ARRAY_SIZE(arr)		(sizeof(arr) / sizeof((arr)[0]))
/* the kernel's evaluates each argument once; the corpus needs no more */
#define min_t(type, x, y)	((type)(x) < (type)(y) ? (type)(x) : (type)(y))

#endif /* _LINUX_KERNEL_H */
