/* SPDX-License-Identifier: GPL-2.0 */
/*
 * A companion of callee-store-pasted-helper*.c (not a case of its own):
 * helpers made by token pasting, one test, set and clear of each flag
 * that NODE_FLAGS() lists, as some subsystems define their flag helpers.
 */
#ifndef PASTED_NODE_FLAGS_H
#define PASTED_NODE_FLAGS_H

#include <linux/bitops.h>
#include <linux/types.h>

struct node {
	unsigned long flags;
};

#define NODE_FLAGS()	\
	x(busy)		\
	x(dirty)

enum node_flags {
#define x(flag) NODE_##flag,
	NODE_FLAGS()
#undef x
};

#define x(flag)							\
static inline bool node_ ## flag(struct node *n)		\
{	return test_bit(NODE_ ## flag, &n->flags); }		\
								\
static inline void set_node_ ## flag(struct node *n)		\
{	set_bit(NODE_ ## flag, &n->flags); }			\
								\
static inline void clear_node_ ## flag(struct node *n)		\
{	clear_bit(NODE_ ## flag, &n->flags); }

NODE_FLAGS()
#undef x

#endif
