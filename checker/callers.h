/* SPDX-License-Identifier: GPL-2.0-only */
/* The second pass: the callers of helpers that leave the store to them. */
#ifndef WQCHECK_CALLERS_H
#define WQCHECK_CALLERS_H

#include <stddef.h>

struct scan_result;

/*
 * The helpers the first pass found testing a wait queue with no barrier
 * and no store of their own. @home[i] is the .c file that defines
 * names[i], whose callers count only in that same file; NULL for a
 * header's inline wrapper, followed to its callers everywhere. The
 * names point into @r.
 */
char **callers_find(const struct scan_result *r, size_t *n,
		    const char ***home);

/*
 * Drop the records from @first on that are calls of a helper defined in
 * another .c file: a function of the same name there is another function.
 */
void callers_drop_foreign(struct scan_result *r, size_t first,
			  char *const *names, const char *const *home,
			  size_t n);

/*
 * Write @dir/callers-@idx.cocci: rule file @rule with the helpers @names
 * as the tests it starts from. *@out is its path, or NULL when @rule has
 * no line for them (it does not follow helpers). 0, or -1 after an error
 * message.
 */
int callers_rule_copy(const char *rule, const char *dir, size_t idx,
		      char *const *names, size_t n, char **out);

#endif
