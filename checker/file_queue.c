// SPDX-License-Identifier: GPL-2.0-only
/* Wait queues only their own file can wait on (file_queue.h). */
#include "file_queue.h"

#include <stdlib.h>
#include <string.h>

#include "tokens.h"
#include "util.h"

/*
 * The words the wait API appends to its names (wait_event_interruptible_
 * timeout, wake_up_all_locked, __add_wait_queue_entry_tail): a name of
 * the API followed by anything else (wake_up_register(), poll_waiters_
 * add()) is a function that may keep the queue's address.
 */
static int api_tail(const char *s, size_t n)
{
	static const char words[] =
		" all cmd cpu current entry exclusive freezable hrtimeout idle"
		" interruptible irq key killable lock locked nr on poll"
		" pollfree priority state sync tail timeout ";
	char word[32];
	size_t k;

	while (n) {
		if (*s != '_')
			return 0;
		for (k = 1; k < n && s[k] != '_'; k++)
			;
		if (k - 1 > sizeof(word) - 3)
			return 0;
		word[0] = ' ';
		memcpy(word + 1, s + 1, k - 1);
		word[k] = ' ';
		word[k + 1] = '\0';
		if (k == 1 || !strstr(words, word))
			return 0;
		s += k;
		n -= k;
	}
	return 1;
}

/* The calls a file-private queue may be given to: they keep no pointer. */
static int wait_api(const struct toks *tk, size_t i)
{
	static const char *const api[] = { "wait_event",
					   "__wait_event",
					   "io_wait_event",
					   "wake_up",
					   "__wake_up",
					   "waitqueue_active",
					   "wq_has_sleeper",
					   "poll_wait",
					   "prepare_to_wait",
					   "finish_wait",
					   "add_wait_queue",
					   "__add_wait_queue",
					   "remove_wait_queue",
					   "__remove_wait_queue",
					   "init_waitqueue_head",
					   "__init_waitqueue_head",
					   "__WAIT_QUEUE_HEAD_INITIALIZER",
					   NULL };
	const char *const *p, *name;
	size_t len;

	if (i >= tk->n || tk->t[i].type != T_IDENT)
		return 0;
	name = tk->buf + tk->t[i].start;
	len = tk->t[i].len;
	for (p = api; *p; p++)
		if (len >= strlen(*p) && !memcmp(name, *p, strlen(*p)) &&
		    api_tail(name + strlen(*p), len - strlen(*p)))
			return 1;
	return 0;
}

/* What the file-scope declaration being read has said so far. */
struct decl {
	int braces, parens; /* depths: braces > 0 is inside a function */
	int is_static, typed, assigned;
};

static void follow(struct decl *d, const struct toks *tk, size_t i)
{
	if (toks_is(tk, i, "{")) {
		d->braces++;
	} else if (toks_is(tk, i, "}") && d->braces && !--d->braces) {
		d->is_static = d->typed = d->assigned = 0;
	} else if (d->braces) {
		return;
	} else if (toks_is(tk, i, ";")) {
		d->is_static = d->typed = d->assigned = d->parens = 0;
	} else if (toks_is(tk, i, "(")) {
		d->parens++;
	} else if (toks_is(tk, i, ")") && d->parens) {
		d->parens--;
	} else if (toks_is(tk, i, "static")) {
		d->is_static = 1;
	} else if (toks_is(tk, i, "wait_queue_head_t") ||
		   (toks_is(tk, i, "wait_queue_head") && i &&
		    toks_is(tk, i - 1, "struct"))) {
		d->typed = 1;
	} else if (toks_is(tk, i, "=") && !d->parens) {
		d->assigned = 1;
	}
}

/* A mention at @i that declares the queue: 1 static, -1 not, 0 none. */
static int declares(const struct decl *d, const struct toks *tk, size_t i)
{
	int decl = 0;

	if (d->braces)
		return 0;
	if (i >= 2 && toks_is(tk, i - 1, "(") &&
	    toks_is(tk, i - 2, "DECLARE_WAIT_QUEUE_HEAD"))
		decl = 1;
	else if (d->typed && !d->assigned && !d->parens &&
		 !toks_is(tk, i - 1, "*"))
		decl = 1; /* a pointer may point at another file's queue */
	return decl ? (d->is_static ? 1 : -1) : 0;
}

/* @name at @i is a whole argument (name, &name) of a wait API call. */
static int api_argument(const struct toks *tk, size_t i, const size_t *opens,
			size_t nopens)
{
	size_t j = i - 1;

	if (!i || !nopens)
		return 0;
	if (toks_is(tk, j, "&") && j)
		j--;
	if (!toks_is(tk, j, "(") && !toks_is(tk, j, ","))
		return 0;
	if (!toks_is(tk, i + 1, ",") && !toks_is(tk, i + 1, ")"))
		return 0;
	return opens[nopens - 1] && wait_api(tk, opens[nopens - 1] - 1);
}

/* Whether a preprocessor line of @buf names @name (a macro may pass it on). */
static int in_directive(const char *buf, size_t len, const char *name)
{
	size_t n = strlen(name), i = 0, s;
	int directive;

	while (i < len) {
		for (s = i; s < len && (buf[s] == ' ' || buf[s] == '\t'); s++)
			;
		directive = s < len && buf[s] == '#';
		for (; i < len && (buf[i] != '\n' || (i && buf[i - 1] == '\\'));
		     i++)
			if (directive && i + n <= len &&
			    !memcmp(buf + i, name, n) &&
			    (i == 0 || !is_ident_char(buf[i - 1])) &&
			    (i + n == len || !is_ident_char(buf[i + n])))
				return 1;
		i++;
	}
	return 0;
}

static int private_in(const struct toks *tk, const char *name)
{
	struct decl d = { 0 };
	size_t i, nopens = 0, *opens = xcalloc(tk->n + 1, sizeof(*opens));
	int declared = 0, ok = 1;

	for (i = 0; i < tk->n && ok; i++) {
		if (toks_is(tk, i, name) && !(i && (toks_is(tk, i - 1, ".") ||
						    toks_is(tk, i - 1, ">")))) {
			int decl = declares(&d, tk, i);

			declared |= decl > 0;
			ok = decl > 0 ||
			     (!decl && api_argument(tk, i, opens, nopens));
		}
		if (toks_is(tk, i, "("))
			opens[nopens++] = i;
		else if (toks_is(tk, i, ")") && nopens)
			nopens--;
		follow(&d, tk, i);
	}
	free(opens);
	return ok && declared;
}

int queue_is_file_private(const char *buf, size_t len, const char *name)
{
	struct toks tk;
	int yes;

	if (!*name || in_directive(buf, len, name))
		return 0;
	toks_lex(&tk, buf, len, 1);
	yes = private_in(&tk, name);
	toks_free(&tk);
	return yes;
}

int queue_is_file_private_at(const char *path, const char *name)
{
	char *buf;
	size_t len;
	int yes;

	if (read_file(path, &buf, &len))
		return 0;
	yes = queue_is_file_private(buf, len, name);
	free(buf);
	return yes;
}
