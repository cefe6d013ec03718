// SPDX-License-Identifier: GPL-2.0-only
/* Stores no waiter can read (judge_unread.h). */
#include "judge_unread.h"

#include <stdlib.h>
#include <string.h>

#include "file_queue.h"
#include "identity.h"
#include "util.h"

/*
 * Whether @w may read @target: by any member of its chain, not only the
 * last, since a waiter that reads x->a (list_empty(&x->a)) reads what a
 * store to x->a.next changed. A bare variable is read where the waiter
 * reads its value, which the index records (::name); *p has no member:
 * the waiter may read it by a name the index does not record.
 */
static int may_read(const struct waiter *w, const char *target)
{
	struct ident id;
	char *p, *m;
	int yes = 0;

	if (target_is_bare(target)) {
		m = store_read_key(target);
		yes = waiter_reads(w, m);
		free(m);
		return yes;
	}
	ident_init(&id, target, "", "");
	if (!*id.chain) {
		ident_free(&id);
		return 1;
	}
	for (m = id.chain; m && !yes; m = p) {
		p = strchr(m, '.');
		if (p)
			*p++ = '\0';
		yes = waiter_reads(w, m);
	}
	ident_free(&id);
	return yes;
}

/*
 * A queue of no known type whose waiters are all in its file anyway: a
 * bare variable the file declares static and gives to nothing but the
 * wait API (file_queue.h).
 */
static int file_private(const struct ident *q)
{
	return !*q->chain && target_is_bare(q->root) &&
	       queue_is_file_private_at(q->file, q->root);
}

int stores_certainly_unread(const struct ident *queues, size_t nqueues,
			    const struct waiter *const *w, size_t nw,
			    const char *const *targets, size_t ntargets)
{
	size_t i, j;

	if (!nqueues || !nw || !ntargets)
		return 0;
	for (i = 0; i < nqueues; i++)
		if (!*queues[i].type && !file_private(&queues[i]))
			return 0;
	for (i = 0; i < nw; i++) {
		if (w[i]->reads_any || w[i]->reads_alias)
			return 0;
		for (j = 0; j < ntargets; j++)
			if (may_read(w[i], targets[j]))
				return 0;
	}
	return 1;
}
