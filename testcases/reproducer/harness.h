/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Running rounds of one waker variant against the reader and counting
 * lost wakeups.
 */
#ifndef REPRO_HARNESS_H
#define REPRO_HARNESS_H

#include <stdbool.h>

#include "waker.h"

struct harness_config {
	unsigned long rounds;		/* stop after this many rounds */
	double seconds;			/* or after this long */
	long timeout_us;		/* the reader's sleep bound */
	unsigned int reader_jitter;	/* reader waits 0..n-1 spins per round */
	unsigned int waker_jitter;	/* waker waits 0..n-1 spins per round */
	bool waiter_first;		/* complete only once the reader sleeps */
};

struct harness_result {
	unsigned long rounds;
	unsigned long lost;		/* reader slept and nobody would wake it */
	unsigned long slow;		/* reader timed out, then was woken */
	double seconds;
	int cpus[2];			/* reader's and waker's CPU, -1 if unpinned */
};

int run_rounds(const struct waker *waker, const struct harness_config *cfg,
	       struct harness_result *res);

#endif /* REPRO_HARNESS_H */
