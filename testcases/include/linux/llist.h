/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Lock-less singly linked lists for the wqcheck test corpus.
 *
 * llist_add() is a cmpxchg loop: the cmpxchg that succeeds is fully
 * ordered, so llist_add() as a whole orders like smp_mb() on both
 * sides.  __llist_add() is the non-atomic form (caller serialises)
 * and is plain stores: unordered.  llist_del_all() is an xchg: fully
 * ordered.
 */
#ifndef _LINUX_LLIST_H
#define _LINUX_LLIST_H

#include <linux/types.h>
#include <linux/compiler.h>
#include <linux/container_of.h>

struct llist_node {
	struct llist_node *next;
};

struct llist_head {
	struct llist_node *first;
};

#define LLIST_HEAD_INIT(name)	{ NULL }
#define LLIST_HEAD(name)	struct llist_head name = LLIST_HEAD_INIT(name)

static inline void init_llist_head(struct llist_head *list)
{
	list->first = NULL;
}

static inline bool llist_empty(const struct llist_head *head)
{
	return READ_ONCE(head->first) == NULL;
}

/* Returns true when the list was empty before. */
extern bool llist_add(struct llist_node *new, struct llist_head *head);

static inline bool __llist_add(struct llist_node *new, struct llist_head *head)
{
	new->next = head->first;
	head->first = new;
	return new->next == NULL;
}

extern struct llist_node *llist_del_all(struct llist_head *head);

#define llist_entry(ptr, type, member)	container_of(ptr, type, member)

#endif /* _LINUX_LLIST_H */
