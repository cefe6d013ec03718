/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Whether the waiters of a queue certainly read none of the waker's
 * stores: then the stores cannot be what a waiter misses, and the
 * finding is not shown by default (judge.c lowers it one level only
 * when the waiters merely do not name them).
 */
#ifndef WQCHECK_JUDGE_UNREAD_H
#define WQCHECK_JUDGE_UNREAD_H

#include <stddef.h>

#include "identity.h"
#include "waiters.h"

/*
 * Each of @queues has a known root type (its waiters are then found by
 * type wherever they are, not only in the waker's directory) or is a
 * queue only its file can wait on (file_queue.h: its waiters are all
 * there), each of @targets (lvalues as written: "req->flags",
 * "*wc->bitmap", "md_unloading") is a member of some object or a bare
 * variable, each of the @nw waiters reads all it reads by name (it
 * calls nothing wqcheck could not follow, "*", and reads no object
 * through a pointer it does not name, "&"), and none of those names is
 * a member on a target's chain, nor a bare target the waiter tests
 * (::name).
 *
 * judge.c asks only for a waitqueue_active() test with a store that
 * reaches it on a path with no call (a high record), not at a call
 * site: a wake_up_bit()/wake_up_var() waiter reads the woken word, so
 * when it reads no store the one that matters is one the waker's rule
 * did not see (in a call), as it may be when every store is behind a
 * call.
 */
int stores_certainly_unread(const struct ident *queues, size_t nqueues,
			    const struct waiter *const *w, size_t nw,
			    const char *const *targets, size_t ntargets);

#endif
