/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * A wake-up the stop of a kthread makes: kthread_stop() sets the
 * thread's stop flag and then wakes it with wake_up_process(), a full
 * barrier, whatever queue it sleeps on. When the waker calls it after
 * its check on every path (record field 32) and every waiter of the
 * queue tests kthread_should_stop() (a read of the waiter index), a
 * wake-up the check missed is made by the stop when it stops the
 * waiter's own thread: the waiter wakes, sees the flag and leaves. A
 * stop of another thread wakes no waiter, so the waiter's thread must
 * be the one stopped: the waker's file starts the stopped task with one
 * thread function (task = kthread_run(fn, ...); a member of any
 * variable, a bare name only a file-scope one), and every waiter waits
 * in that function. A waiter in a function fn calls, or a task
 * started in another file, keeps the level. Not checked: that the flag
 * set makes the waiter's condition true (a waiter that tests
 * kthread_should_stop() only to log it would sleep on).
 */
#ifndef WQCHECK_JUDGE_STOP_H
#define WQCHECK_JUDGE_STOP_H

#include <stddef.h>

#include "records.h"
#include "waiters.h"

/* The read token of the waiter index (cocci/RECORDS.md, field 9). */
#define STOP_READ "kthread_should_stop()"

/*
 * When @r's kthread_stop() (field 32, "line,name,task") wakes every one
 * of the @nw (at least one) waiters: the note saying so (malloc'ed),
 * which makes the finding low. Else NULL. Reads the waker's file.
 */
char *stop_note(const struct record *r, const struct waiter *const *w,
		size_t nw);

#endif
