/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * What the waiter index reads: the files that can hold a waiter the
 * judge could pair with a finding, and in them the functions that wait
 * and those their conditions call.
 */
#ifndef WQCHECK_WAITER_FILES_H
#define WQCHECK_WAITER_FILES_H

#include <stddef.h>

#include "index_words.h"
#include "reduce.h"

struct wanted;

/* The words of @iw, or NULL when there are too many to look up. */
struct wanted *wanted_new(const struct index_words *iw);

/*
 * A file may hold a waiter of ours: a wait call (or a wait-queue lookup)
 * names a queue's member or a bit among its arguments; away from the
 * wakers' directories (@elsewhere) the member's type must be named in
 * the file too.
 */
int wanted_accept(const char *buf, size_t len, const void *wd, int elsewhere);

/* Does @buf call a wait form, or a wait-queue lookup, at all? */
int waiter_files_gate(const char *buf, size_t len);

/* Does @buf call any name with "wait" in it (a header's wrapper too)? */
int waiter_files_mark(const char *buf, size_t len);

/*
 * Keep the functions that wait (wait_event*(), prepare_to_wait*(),
 * add_wait_queue*(), wait_on_bit*(), poll_wait(), ...) and name one of
 * the pass's words, and those they call, two calls deep: the index reads
 * their conditions there.
 */
void waiter_files_choose(struct reduced *r, const char *buf, size_t len);

struct header_wrappers;

/* The header wrappers whose calls name a queue, for the next pass. */
void waiter_files_set_wrappers(const struct header_wrappers *hw);

#endif
