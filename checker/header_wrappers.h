/* SPDX-License-Identifier: GPL-2.0-only */
#ifndef WQCHECK_HEADER_WRAPPERS_H
#define WQCHECK_HEADER_WRAPPERS_H

#include <stddef.h>

/* Names of static functions of headers that enqueue and unlock. */
struct header_wrappers {
	char **names;
	size_t n;
	/*
	 * "path:sha256;" of each header that holds one: the index's cache
	 * key, since a waiter record reads the wrapper's definition.
	 */
	char *key;
};

/*
 * Read the headers among @paths[0..@n) (NULL entries are none) and
 * collect in @hw the static functions that enqueue on a wait queue and
 * call a name with the word "unlock": the candidates for the waiter
 * index's wrappers (cocci/wqindex/wrappers.py judges them).
 */
void header_wrappers_find(struct header_wrappers *hw, const char *const *paths,
			  size_t n);

/* Whether @s (@n bytes) is one of @hw's names (@hw may be NULL). */
int header_wrappers_has(const struct header_wrappers *hw, const char *s,
			size_t n);

void header_wrappers_free(struct header_wrappers *hw);

#endif
