/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * The words the waiter index looks for, from the findings of the
 * wakers' passes: which files and functions it reads depends on them.
 */
#ifndef WQCHECK_INDEX_WORDS_H
#define WQCHECK_INDEX_WORDS_H

#include <stddef.h>

#include "records.h"

/*
 * What the index pass looks for. A waiter of (struct kioctx, wait)
 * mentions "kioctx"; one of a queue whose type is not known is in the
 * waker's directory and mentions "wait"; one of wake_up_bit(w, X_BUSY)
 * mentions "X_BUSY"; one of (struct socket_wq, wait) may call its
 * accessor, sk_sleep(). Each list sorted, without repeats.
 */
struct index_words {
	char **members; /* the queues' last members: "wait" */
	char **tags; /* and their types' tags, "kioctx", or "" */
	size_t npairs;
	/*
	 * Constant bits ("X_BUSY"), and the accessors of the queues
	 * ("sk_sleep"): a waiter that names one in its wait is ours.
	 */
	char **bits;
	size_t nbits;
	char **dirs; /* the wakers' directories, with a final '/' */
	size_t ndirs;
};

void index_words_collect(const struct record *recs, size_t n,
			 struct index_words *iw);
void index_words_free(struct index_words *iw);

#endif
