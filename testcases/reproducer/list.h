/* SPDX-License-Identifier: GPL-2.0 */
/* A circular doubly linked list with a head node, as in the kernel. */
#ifndef REPRO_LIST_H
#define REPRO_LIST_H

#include <stdbool.h>
#include <stddef.h>

#include "barrier.h"

struct list_head {
	struct list_head *next, *prev;
};

#define container_of(ptr, type, member) \
	((type *)((char *)(ptr) - offsetof(type, member)))

static inline void INIT_LIST_HEAD(struct list_head *list)
{
	WRITE_ONCE(list->next, list);
	list->prev = list;
}

/* Lockless test: a single READ_ONCE() of the head's next pointer. */
static inline bool list_empty(const struct list_head *head)
{
	return READ_ONCE(head->next) == head;
}

/* Insert @entry right after @head. */
static inline void list_add(struct list_head *entry, struct list_head *head)
{
	struct list_head *next = head->next;

	next->prev = entry;
	entry->next = next;
	entry->prev = head;
	WRITE_ONCE(head->next, entry);
}

static inline void list_del_init(struct list_head *entry)
{
	entry->next->prev = entry->prev;
	WRITE_ONCE(entry->prev->next, entry->next);
	INIT_LIST_HEAD(entry);
}

/*
 * list_del_init() for an entry whose owner may test it without the lock
 * and free it as soon as list_empty_careful() says it is off the list: the
 * last store is a release, after which the entry is not touched again.
 */
static inline void list_del_init_careful(struct list_head *entry)
{
	entry->next->prev = entry->prev;
	WRITE_ONCE(entry->prev->next, entry->next);
	entry->prev = entry;
	smp_store_release(&entry->next, entry);
}

static inline bool list_empty_careful(const struct list_head *head)
{
	struct list_head *next = smp_load_acquire(&head->next);

	return next == head && next == READ_ONCE(head->prev);
}

#endif /* REPRO_LIST_H */
