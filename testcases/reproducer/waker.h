/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The waker variants: one aio_complete() per file, differing only in what
 * sits between the store to the ring tail and the waitqueue_active() test.
 */
#ifndef REPRO_WAKER_H
#define REPRO_WAKER_H

#include "aio.h"

struct waker {
	const char *name;	/* as given on the command line */
	const char *source;	/* the file wqcheck is run on */
	const char *barrier;	/* what orders the store before the test */
	void (*complete)(struct kioctx *ctx, unsigned int tail);
};

extern const struct waker waker_plain;
extern const struct waker waker_smp_wmb;
extern const struct waker waker_store_release;
extern const struct waker waker_smp_mb;
extern const struct waker waker_wq_has_sleeper;
extern const struct waker waker_no_wake;

const struct waker *find_waker(const char *name);
void list_wakers(void);

#endif /* REPRO_WAKER_H */
