/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Setters of the headers a file includes: a static inline function whose
 * body only stores to members of its pointer parameters,
 *
 *	static inline void sk_wmem_queued_add(struct sock *sk, int val)
 *	{
 *		WRITE_ONCE(sk->sk_wmem_queued, sk->sk_wmem_queued + val);
 *	}
 *
 * Coccinelle reads a file without its headers, so a call of one is no
 * store to it. The scan writes the definition of each setter that a
 * function with a check calls (and the file does not define) after the
 * end of the reduced copy, as it does for pasted helpers (pasted.h):
 * the rules then read it as a called function of the file (one level).
 */
#ifndef WQCHECK_SETTER_H
#define WQCHECK_SETTER_H

#include <stddef.h>

struct walk_result;

/* The setters found so far, by header. */
struct setters;

/* An index that reads the headers of @w (kept, not copied) when asked. */
struct setters *setters_new(const struct walk_result *w);
void setters_free(struct setters *s);

/* The headers one file includes directly, found in the walk. */
struct setter_scope {
	struct setters *s;
	size_t *files; /* indices in the walk */
	size_t n;
};

/*
 * The headers that @path (its text @buf, @len bytes) names in its
 * #include lines: "x.h" in its directory, else <x.h> (and "x.h" not
 * found there) as include/x.h under the nearest directory above it that
 * has one in the walk.
 */
void setter_scope_init(struct setter_scope *sc, struct setters *s,
		       const char *path, const char *buf, size_t len);
void setter_scope_free(struct setter_scope *sc);

/*
 * The definition of setter @name (@n bytes) on one line, when the
 * scope's headers define a static inline function of that name once
 * (or alike each time) and it is a setter; else NULL.
 */
char *setter_find(const struct setter_scope *sc, const char *name, size_t n);

#endif
