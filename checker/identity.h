/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Where a wait queue, a lock or a stored field lives, as both sides of
 * the race name it: the type of the root variable (when Coccinelle knew
 * it) and the chain of members after it. ctx->wait in a function with
 * "struct kioctx *ctx" is (struct kioctx, wait) in every file.
 */
#ifndef WQCHECK_IDENTITY_H
#define WQCHECK_IDENTITY_H

#include <stddef.h>

struct ident {
	char *type; /* "struct kioctx", or "" when not known */
	char *root; /* "ctx"; a call's text for sk_sleep(sk) */
	char *chain; /* "wait", "s_writers.frozen"; "" for a bare variable */
	char *dir; /* directory of the file it was seen in */
	char *file;
};

/* @text as written (&ctx->wait, *wq, (x)->q[i]), @type as recorded. */
void ident_init(struct ident *id, const char *text, const char *type,
		const char *file);
void ident_free(struct ident *id);

/*
 * Whether two sites name the same object: equal chains and equal types;
 * with a type unknown, the same directory; a bare variable (no chain)
 * only in the same directory and by the same name; in the same
 * directory, a chain one member longer than the other whose extra
 * member is named like the other's root (phba->ctrl.mcc_wait and
 * ctrl->mcc_wait: ctrl points at that member).
 */
int ident_match(const struct ident *a, const struct ident *b);

struct accessor;

/*
 * The accessors of the scan (accessor.h), taken: from now on a queue
 * written as a call of one is the member it returns the address of.
 */
void ident_set_accessors(struct accessor *v, size_t n);
/* Those kept (a name two headers define unalike is dropped). */
const struct accessor *ident_accessors(size_t *n);

/* The last member of an lvalue (ring->tail: "tail"; *event: "event"). */
char *last_member(const char *text);

/* The first argument of "&b->flags, BIT", and the second (or NULL). */
char *queue_first_arg(const char *args, char **second);

#endif
