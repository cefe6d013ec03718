/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Blank out what spatch need not parse: the bodies of functions that
 * mention none of the rules' identifiers (prefilter.h) and, in a file
 * with no check to pair them with, of the functions that wait. The
 * rules look at one function at a time. Every newline and every
 * preprocessor line stays where it was, so line numbers are exact and
 * #if/#endif still balance.
 */
#ifndef WQCHECK_REDUCE_H
#define WQCHECK_REDUCE_H

#include <stddef.h>

struct rfunc {
	char *name; /* best guess at the function's name, or NULL */
	long name_line; /* line of that name */
	long open_line; /* line of the body's '{' */
	long close_line; /* line of the body's '}' */
	size_t start; /* offset of the definition's first token */
	size_t open, close; /* offsets of '{' and '}' */
	size_t last_check; /* offset of the last check name in it, or 0 */
	unsigned nchecks; /* calls of a check name in the body */
	unsigned nbranches; /* if, for, while, switch and goto in it */
	unsigned mentions : 1; /* the body mentions an identifier */
	unsigned checks : 1; /* ... one that is not a wait name */
	unsigned enqueues : 1; /* ... one that is (add_wait_queue()) */
	unsigned wakes : 1; /* it calls wake_up*() */
	unsigned schedules : 1; /* it calls schedule() or a relative */
	unsigned waits : 1; /* it waits (prefilter_is_wait_name()) */
	unsigned kept : 1; /* its body is left for spatch */
	unsigned chain : 1; /* a caller of a test the lock rules climb */
};

struct reduced {
	char *text; /* the reduced copy, as long as the input */
	size_t len;
	struct rfunc *funcs;
	size_t nfuncs;
	size_t nkept; /* function bodies left for spatch */
	size_t nblanked; /* function bodies blanked out */
	int outside; /* a mention outside function bodies */
	int chains; /* some function has chain set */
	int wrapper_calls; /* the waiter index chose a call of a wrapper */
};

struct matcher;

/*
 * Reduce @buf, keeping the functions that mention one of @m's names and,
 * when one of those names is not a wait name (a check), the functions
 * that wait. Never fails (the worst case is an unchanged copy).
 */
void reduce_text(const char *buf, size_t len, const struct matcher *m,
		 struct reduced *out);

/*
 * A pass's own choice of what to keep: set funcs[i].kept of @r, parsed
 * from @buf. reduce_text_for() then keeps also the functions whose
 * #if/#endif do not balance, and leaves the macro definitions alone.
 */
typedef void (*reduce_choose_fn)(struct reduced *r, const char *buf,
				 size_t len);
void reduce_text_for(const char *buf, size_t len, const struct matcher *m,
		     reduce_choose_fn choose, struct reduced *out);


/* Non-zero if function @f of @buf waits, enqueues or calls poll_wait(). */
int reduce_func_waits(const struct rfunc *f, const char *buf);
/* Non-zero if some function of @buf does. */
int reduce_waits(const struct reduced *r, const char *buf);

/* Non-zero if spatch has nothing it could match in the reduced text. */
int reduce_nothing_to_check(const struct reduced *r);

/*
 * Lines @first..@last (1-based) could not be parsed by Coccinelle. Store
 * in @idx (up to @max) the indices of kept functions that overlap them;
 * return how many there are.
 */
size_t reduce_funcs_in_lines(const struct reduced *r, long first, long last,
			     size_t *idx, size_t max);

/*
 * Find the consecutive lines @lines[0..n-1] (as spatch printed them) in
 * the reduced text, searching from line @from on first, and store the
 * line of the first in @first. 0 if found, -1 if not.
 */
int reduce_locate_lines(const struct reduced *r, char *const *lines, size_t n,
			long from, long *first);

void reduced_free(struct reduced *r);

#endif
