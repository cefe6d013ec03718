/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Wait queues only their own file can wait on. A queue declared static
 * at file scope has no name outside its file: when, in that file too,
 * its address goes to nothing but the wait API, every waiter of it is
 * in that file, and a whole-tree index saw them all (judge_unread.h
 * trusts that as it trusts a queue of a known type).
 */
#ifndef WQCHECK_FILE_QUEUE_H
#define WQCHECK_FILE_QUEUE_H

#include <stddef.h>

/*
 * Whether the C text @buf (@len bytes) declares @name static at file
 * scope as a wait queue head (static DECLARE_WAIT_QUEUE_HEAD(name),
 * static wait_queue_head_t name, static struct wait_queue_head name)
 * and names it elsewhere only as a whole argument of the wait API
 * (wake_up(&name), wait_event(name, c), poll_wait(f, &name, p), ...):
 * never in a preprocessor line, never given to another function, never
 * stored in a pointer.
 */
int queue_is_file_private(const char *buf, size_t len, const char *name);

/* The same for the file at @path; 0 when it cannot be read. */
int queue_is_file_private_at(const char *path, const char *name);

#endif
