/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Basic types for the wqcheck test corpus.
 *
 * The headers under testcases/include are small models of the kernel
 * interfaces the cases use: enough for gcc and sparse to check the
 * cases, with the memory-ordering promises of each call written down
 * next to it.  They are not the kernel's headers.
 */
#ifndef _LINUX_TYPES_H
#define _LINUX_TYPES_H

typedef _Bool bool;
enum {
	false	= 0,
	true	= 1,
};

#define NULL	((void *)0)

typedef unsigned char		u8;
typedef unsigned short		u16;
typedef unsigned int		u32;
typedef unsigned long long	u64;
typedef signed int		s32;
typedef signed long long	s64;
typedef __SIZE_TYPE__		size_t;

typedef unsigned int		gfp_t;
typedef unsigned int		__poll_t;

struct list_head {
	struct list_head *next;
	struct list_head *prev;
};

struct hlist_node {
	struct hlist_node *next;
	struct hlist_node **pprev;
};

struct hlist_head {
	struct hlist_node *first;
};

#endif /* _LINUX_TYPES_H */
