/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Helpers made by token pasting in a header's macro: a header that says
 *
 *	#define x(flag) static inline void clear_node_##flag(struct node *n) \
 *		{ clear_bit(NODE_##flag, &n->flags); }
 *
 * and then invokes x() for each flag defines clear_node_busy() and its
 * like, which no file spells out. A store made through one of them is
 * a store the rules must see before a check: the scan writes the
 * expansion of each such helper that a function with a check calls
 * after the end of the reduced copy, where the rules read the called
 * functions of the file (storefn_def), and every line of the file keeps
 * its number.
 */
#ifndef WQCHECK_PASTED_H
#define WQCHECK_PASTED_H

#include <stddef.h>

struct reduced;
struct walk_result;

/* The macros found so far, by directory. */
struct pasted;

/* An index that reads the headers of @w (kept, not copied) when asked. */
struct pasted *pasted_new(const struct walk_result *w);
void pasted_free(struct pasted *p);

/*
 * Append to @red (the reduced copy of @path, whose text is @buf) the
 * definitions of the helpers that its functions with a check call before
 * their last check, that the file does not define, and that a macro of
 * a header in @path's directory makes by token pasting. Returns how many
 * bytes were appended after the copy's old end.
 */
size_t pasted_expand(struct pasted *p, const char *path, const char *buf,
		     struct reduced *red);

#endif
