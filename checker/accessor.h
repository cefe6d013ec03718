/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Accessors of wait queues: a static function of a header that returns
 * a queue and does nothing but return the address of a member,
 *
 *	static inline wait_queue_head_t *sk_sleep(struct sock *sk)
 *	{
 *		return &rcu_dereference_raw(sk->sk_wq)->wait;
 *	}
 *
 * A waiter on sk_sleep(sk) waits on that member, which a waker names
 * as &wq->wait with "struct socket_wq *wq = rcu_dereference(sk->sk_wq)":
 * both are (struct socket_wq, wait). The type of the member's root is
 * the accessor's parameter type, or, through rcu_dereference*() and
 * the like, the declared type of the member they load, looked up in the
 * struct's definition in the same header. A .c file's own static
 * function of that shape is an accessor in that file only.
 */
#ifndef WQCHECK_ACCESSOR_H
#define WQCHECK_ACCESSOR_H

#include <stddef.h>

struct walk_result;

struct accessor {
	char *name; /* "sk_sleep" */
	char *type; /* "struct socket_wq": of the member's root */
	char *chain; /* "wait" */
	char *file; /* the file that defines it */
	int local; /* a static function of a .c file: a queue of its own only */
};

/* Append to *@v the accessors @buf (the text of @file) defines. */
void accessors_parse(const char *buf, size_t len, const char *file,
		     struct accessor **v, size_t *n);
/* The accessors of the .c files @paths[0..@n) (a record's files). */
void accessors_in_files(char *const *paths, size_t n, struct accessor **v,
			size_t *nv);
/* The accessors the headers among @w's files define (@jobs threads). */
void accessors_find(const struct walk_result *w, long jobs,
		    struct accessor **v, size_t *n);
void accessor_clear(struct accessor *a);
void accessors_free(struct accessor *v, size_t n);

#endif
