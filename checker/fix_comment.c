// SPDX-License-Identifier: GPL-2.0-only
/*
 * The words of a fix: the comment above a barrier ("Order the store to
 * ctx->tail before the wait-list test of ctx->wait; pairs with ..."),
 * and the names fix.c and emit_patches.c use for a record's queue,
 * test and waiter.
 */
#include "fix_comment.h"

#include <stdlib.h>
#include <string.h>

#include "fix_code.h"
#include "util.h"

#define COMMENT_WIDTH 80 /* coding-style.rst: the preferred line length */

char *fix_queue_name(const char *queue)
{
	const char *q = queue ? queue : "";

	if (*q == '&')
		q++;
	while (*q == ' ')
		q++;
	return xstrdup(*q ? q : "the wait queue");
}

const char *fix_waiter_function(const struct record *rec)
{
	return rec->f[REC_WAITER_FUNCTION] ? rec->f[REC_WAITER_FUNCTION] : "";
}

char *fix_waiter_call(const struct record *rec)
{
	const char *w = rec->f[REC_WAITER] ? rec->f[REC_WAITER] : "";
	size_t n = strcspn(w, "( ");

	return xstrndup(w, n);
}

int fix_is_list_test(const char *check)
{
	return !strcmp(check, "waitqueue_active") ||
	       !strcmp(check, "swait_active");
}

static int starts_with_call(const char *expr, char **name)
{
	const char *p = expr;

	while (is_ident_char(*p))
		p++;
	if (p == expr || *skip_space(p) != '(')
		return 0;
	*name = xstrndup(expr, (size_t)(p - expr));
	return 1;
}

/* "the store to ctx->tail", "the atomic_dec() on s->users". */
static char *store_phrase(const struct record *rec)
{
	const char *kind = rec->f[REC_STORE_KIND];
	const char *target = rec->f[REC_STORE_TARGET];
	char *name = NULL, *s;

	if (!*target)
		return xstrdup("the stores above");
	if ((!strcmp(kind, "atomic-rmw") || !strcmp(kind, "list")) &&
	    starts_with_call(rec->f[REC_STORE_EXPR], &name)) {
		s = xasprintf("the %s() on %s", name, target);
		free(name);
		return s;
	}
	return xasprintf("the store to %s", target);
}

static char *test_phrase(const struct record *rec)
{
	const char *check = rec->f[REC_CHECK];
	char *q, *s;

	if (!fix_is_list_test(check))
		return xasprintf("the wait-list test in %s()", check);
	q = fix_queue_name(rec->f[REC_WAIT_QUEUE]);
	s = xasprintf("the wait-list test of %s", q);
	free(q);
	return s;
}

static char *pair_phrase(const struct record *rec)
{
	const char *fn = fix_waiter_function(rec);
	char *call = fix_waiter_call(rec), *s;

	if (!*fn || !*call)
		s = xstrdup("set_current_state() in the waiter");
	else if (!strncmp(call, "add_wait_queue", 14) ||
		 !strncmp(call, "__add_wait_queue", 16))
		s = xasprintf("set_current_state() in %s()", fn);
	else
		s = xasprintf("the barrier in %s() in %s()", call, fn);
	free(call);
	return s;
}

/* Add @s to the list @v of @n phrases unless it is there already. */
static void add_phrase(char ***v, size_t *n, char *s)
{
	size_t i;

	for (i = 0; i < *n; i++) {
		if (!strcmp((*v)[i], s)) {
			free(s);
			return;
		}
	}
	*v = xrealloc(*v, (*n + 1) * sizeof(**v));
	(*v)[(*n)++] = s;
}

/*
 * "a", "a and b", "a, b and c"; phrases sharing their first words
 * ("the store to a", "the store to b") are written once: "the stores to
 * a and b".
 */
static void join_phrases(struct strbuf *sb, char **v, size_t n,
			 const char *common, const char *plural)
{
	size_t i, k = common ? strlen(common) : 0;
	int shared = common && n > 1;

	for (i = 0; shared && i < n; i++)
		shared = !strncmp(v[i], common, k);
	if (shared)
		sb_puts(sb, plural);
	for (i = 0; i < n; i++) {
		if (i)
			sb_puts(sb, i + 1 == n ? " and " : ", ");
		sb_puts(sb, shared ? v[i] + k : v[i]);
	}
}

/* The comment's sentence for the findings @notes[0..n) of one barrier. */
char *fix_comment_text(struct fix_note *const *notes, size_t n)
{
	char **stores = NULL, **tests = NULL, **pairs = NULL;
	size_t ns = 0, nt = 0, np = 0, i;
	struct strbuf sb = { 0 };

	for (i = 0; i < n; i++) {
		add_phrase(&stores, &ns, store_phrase(notes[i]->rec));
		add_phrase(&tests, &nt, test_phrase(notes[i]->rec));
		add_phrase(&pairs, &np, pair_phrase(notes[i]->rec));
	}
	if (np > 1) {
		/* A known waiter says more than the generic phrase. */
		for (i = 0; i < np; i++) {
			if (!strcmp(pairs[i], "set_current_state() in the waiter")) {
				free(pairs[i]);
				memmove(pairs + i, pairs + i + 1,
					(np - i - 1) * sizeof(*pairs));
				np--;
				break;
			}
		}
	}
	sb_puts(&sb, "Order ");
	join_phrases(&sb, stores, ns, "the store to ", "the stores to ");
	sb_puts(&sb, " before ");
	join_phrases(&sb, tests, nt, "the wait-list test of ",
		     "the wait-list tests of ");
	sb_puts(&sb, "; pairs with ");
	join_phrases(&sb, pairs, np, NULL, NULL);
	if (nt > 1 && np == 1 &&
	    !strcmp(pairs[0], "set_current_state() in the waiter"))
		sb_puts(&sb, "s");
	sb_putc(&sb, '.');
	free_strv(stores, ns);
	free_strv(tests, nt);
	free_strv(pairs, np);
	return sb_detach(&sb);
}

/* Append @s to the growing array of lines @v. */
void fix_push_line(char ***v, size_t *n, char *s)
{
	*v = xrealloc(*v, (*n + 1) * sizeof(**v));
	(*v)[(*n)++] = s;
}

/*
 * @text as a kernel comment at @indent: one line when it fits in 80
 * columns, else "/ *", " * " lines wrapped at 80 columns, " * /".
 */
void fix_comment_lines(const char *indent, const char *text, char ***v,
		       size_t *n)
{
	size_t iw = width_of(indent), room, len;
	const char *p = text;
	struct strbuf sb = { 0 };

	if (iw + strlen(text) + 6 <= COMMENT_WIDTH) {
		fix_push_line(v, n, xasprintf("%s/* %s */", indent, text));
		return;
	}
	fix_push_line(v, n, xasprintf("%s/*", indent));
	room = COMMENT_WIDTH > iw + 3 + 20 ? COMMENT_WIDTH - iw - 3 : 20;
	while (*p) {
		const char *word = p;
		size_t wl;

		while (*p && *p != ' ')
			p++;
		wl = (size_t)(p - word);
		len = sb.len;
		if (len && len + 1 + wl > room) {
			fix_push_line(v, n,
				      xasprintf("%s * %s", indent, sb.buf));
			sb_free(&sb);
			len = 0;
		}
		if (len)
			sb_putc(&sb, ' ');
		sb_add(&sb, word, wl);
		while (*p == ' ')
			p++;
	}
	if (sb.len)
		fix_push_line(v, n, xasprintf("%s * %s", indent, sb.buf));
	sb_free(&sb);
	fix_push_line(v, n, xasprintf("%s */", indent));
}
