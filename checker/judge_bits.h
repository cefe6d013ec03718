/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Bits, for the judge: which bit a store changes, and whether the waker
 * changed the woken bit with a fully ordered RMW before its check. A
 * wait_on_bit*() waiter waits for one bit of a word; a store to another
 * bit of the same word is not what it reads.
 */
#ifndef WQCHECK_JUDGE_BITS_H
#define WQCHECK_JUDGE_BITS_H

#include "records.h"

/* A bit named by a constant (FLAG_X, BTREE_NODE_dirty), not a variable. */
int bit_is_constant(const char *b);

/*
 * B of a store written "set_bit(B, w)", "__clear_bit(B, &x->f)" (any
 * call named *_bit or *_bit_unlock with a constant first argument), or
 * NULL.
 */
char *bit_of_store(const char *text);

/*
 * A test_and_{set,clear,change}_bit*(B, ...) in @r's function before its
 * check, back to the line that opens the body (a '{' in the first
 * column, as the kernel writes function bodies).
 */
int bit_rmw_before(const struct record *r, const char *bit);

#endif
