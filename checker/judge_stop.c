// SPDX-License-Identifier: GPL-2.0-only
/* A kthread_stop() that wakes every waiter anyway (judge_stop.h). */
#include "judge_stop.h"

#include <stdlib.h>
#include <string.h>

#include "util.h"

char *stop_note(const struct record *r, const struct waiter *const *w,
		size_t nw)
{
	const char *name = strchr(r->f[REC_STOP], ',');
	long line = atol(r->f[REC_STOP]);
	size_t i;

	if (line < 1 || !name || !name[1] || !nw)
		return NULL;
	for (i = 0; i < nw; i++)
		if (!waiter_reads(w[i], STOP_READ))
			return NULL;
	return xasprintf("low: %s() on line %ld wakes the thread after the "
			 "check on every path, and every waiter tests "
			 "kthread_should_stop()",
			 name + 1, line);
}
