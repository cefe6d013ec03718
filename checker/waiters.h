/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * The waiter index: what cocci/waiters.cocci prints for every place a
 * task waits on a queue (wait_event*(), prepare_to_wait*() and a sleep,
 * wait_on_bit*(), wait_var_event*(), poll_wait(), ...), parsed.
 */
#ifndef WQCHECK_WAITERS_H
#define WQCHECK_WAITERS_H

#include <stddef.h>

#include "identity.h"

#define WAITER_TAG "wqcheck-waiter-1"

enum waiter_field {
	W_TAG,
	W_FILE,
	W_LINE,
	W_FUNCTION,
	W_FORM,
	W_QUEUE,
	W_ROOT_TYPE,
	W_BIT,
	W_READS,
	W_LOCKS,
	W_SLEEP,
	W_COND,
	W_SNAPSHOT, /* "E|K1,K2|L": never sleeps while E is a K (under L) */
	W_NFIELDS
};

enum sleep_kind { SLEEP_NONE, SLEEP_TIMEOUT, SLEEP_REPOLL };

struct waiter {
	char *f[W_NFIELDS];
	long line;
	enum sleep_kind sleep;
	struct ident queue;
	char **reads; /* "tail", "tail@aio_read_events_ring", "::md_unloading" */
	size_t nreads;
	int reads_any; /* calls something that may read anything */
	int reads_alias; /* reads through a pointer it does not name: *p */
	struct ident *locks;
	size_t nlocks;
};

/*
 * Parse one line of the index pass's output: 1 and @w filled for a
 * record, 0 for another line, -1 for a malformed record (reason in @err).
 */
int waiter_parse(const char *line, size_t len, struct waiter *w, char *err,
		 size_t errlen);
void waiter_free(struct waiter *w);
/* The file the waiter is in, as the user named it (not spatch's copy). */
void waiter_set_file(struct waiter *w, const char *path);

/*
 * The name a waiter's reads hold a read of the store target @target by:
 * "::name" for a bare variable (a file-scope or global one: the index
 * records those where the waiter reads their value), else its last member
 * ("tail" of ring->tail). Malloc'ed.
 */
char *store_read_key(const char *target);
/* Whether @target is a bare variable: an identifier alone. */
int target_is_bare(const char *target);

/* Whether it reads @member, as far as wqcheck can tell: by name. */
int waiter_reads(const struct waiter *w, const char *member);
/* Where it reads @member: "" in its own condition, else the callee. */
const char *waiter_reads_where(const struct waiter *w, const char *member);

#endif
