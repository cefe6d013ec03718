/* SPDX-License-Identifier: GPL-2.0-only */
/* The callers pass: the callers of helpers that leave the store to them. */
#ifndef WQCHECK_CALLERS_H
#define WQCHECK_CALLERS_H

#include <stddef.h>

struct pass;
struct scan_result;

/* The callers pass, and what it holds until it has run. */
struct callers;

/*
 * Plan the callers pass after the first pass @first put its records in
 * @res. The helpers it found testing a wait queue with no barrier and
 * no store of their own (*@nhelpers of them) leave the store to their
 * callers: the rule files that follow helpers (callers_rule_copy())
 * look at the calls of them instead. A helper defined in a .c file
 * counts only for the calls in that file; one defined in a header, for
 * calls anywhere. 0 and *@out, NULL when there is no helper; or -1
 * after an error message.
 *
 * With @from not 0, the helpers are one level up: the functions of the
 * callers pass's records (those from @from on) that call a helper with
 * no store before the call, when they are static functions of a .c
 * file (all their callers are in it) and were no helper before.
 */
int callers_plan(const struct pass *first, const struct scan_result *res,
		 size_t from, struct callers **out, size_t *nhelpers);

/* The pass to run, or NULL when no rule file follows helpers. */
const struct pass *callers_pass(const struct callers *c);

/*
 * After the pass: drop the records from @first on that call a helper of
 * the same name defined in another .c file; free @c (NULL is no plan).
 */
void callers_done(struct callers *c, struct scan_result *res, size_t first);

/*
 * Write @dir/callers-@idx.cocci: rule file @rule with the helpers @names
 * as the tests it starts from. *@out is its path, or NULL when @rule has
 * no line for them (it does not follow helpers). 0, or -1 after an error
 * message.
 */
int callers_rule_copy(const char *rule, const char *dir, size_t idx,
		      char *const *names, size_t n, char **out);

#endif
