// SPDX-License-Identifier: GPL-2.0
/*
 * The table of waker variants, in the order the report lists them.
 */
#include <stdio.h>
#include <string.h>

#include "waker.h"

static const struct waker *const wakers[] = {
	&waker_plain,
	&waker_smp_wmb,
	&waker_store_release,
	&waker_smp_mb,
	&waker_wq_has_sleeper,
	&waker_no_wake,
};

const struct waker *find_waker(const char *name)
{
	size_t i;

	for (i = 0; i < ARRAY_SIZE(wakers); i++)
		if (!strcmp(wakers[i]->name, name))
			return wakers[i];
	return NULL;
}

void list_wakers(void)
{
	size_t i;

	for (i = 0; i < ARRAY_SIZE(wakers); i++)
		printf("%s\t%s\t%s\n", wakers[i]->name, wakers[i]->source,
		       wakers[i]->barrier);
}
