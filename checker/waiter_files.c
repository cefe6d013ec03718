// SPDX-License-Identifier: GPL-2.0-only
/*
 * The waiter index's files and functions (waiter_files.h). Both are
 * chosen by looking at identifiers only: cheap enough to run on every
 * file that mentions one of the words, in the reading threads.
 */
#include "waiter_files.h"

#include <stdlib.h>
#include <string.h>

#include "header_wrappers.h"
#include "prefilter.h"
#include "reduce_calls.h"
#include "util.h"

#define WORD_SLOTS 2048

enum { WANT_BIT = 1, WANT_TAG = 2, WANT_MEMBER = 4 };

struct wanted {
	const char *word[WORD_SLOTS]; /* open addressing by hash */
	int kind[WORD_SLOTS]; /* W_*, or'ed */
	size_t tag[WORD_SLOTS / 4], member[WORD_SLOTS / 4]; /* pairs' slots */
	size_t npairs;
};

static unsigned long hash_word(const char *s, size_t n)
{
	unsigned long h = 2166136261UL;

	while (n--)
		h = (h ^ (unsigned char)*s++) * 16777619UL;
	return h;
}

static size_t slot(const struct wanted *wd, const char *s, size_t n)
{
	size_t i = hash_word(s, n) % WORD_SLOTS;

	while (wd->word[i] &&
	       (strlen(wd->word[i]) != n || memcmp(wd->word[i], s, n)))
		i = (i + 1) % WORD_SLOTS;
	return i;
}

static size_t add(struct wanted *wd, const char *word, int kind)
{
	size_t i = slot(wd, word, strlen(word));

	wd->word[i] = word;
	wd->kind[i] |= kind;
	return i;
}

struct wanted *wanted_new(const struct index_words *iw)
{
	struct wanted *wd;
	size_t i;

	if (iw->npairs >= WORD_SLOTS / 4 || iw->nbits >= WORD_SLOTS / 4)
		return NULL;
	wd = xcalloc(1, sizeof(*wd));
	for (i = 0; i < iw->nbits; i++)
		add(wd, iw->bits[i], WANT_BIT);
	for (i = 0; i < iw->npairs; i++) {
		wd->member[wd->npairs] = add(wd, iw->members[i], WANT_MEMBER);
		wd->tag[wd->npairs++] =
			*iw->tags[i] ? add(wd, iw->tags[i], WANT_TAG) : WORD_SLOTS;
	}
	return wd;
}

/*
 * The wrappers of the headers of the wakers' directories, set before
 * the pass and only read during it (the choosers have no argument).
 */
static const struct header_wrappers *wrappers;

void waiter_files_set_wrappers(const struct header_wrappers *hw)
{
	wrappers = hw;
}

/*
 * A call of one of those named with "wait", as cocci/waiters.cocci
 * looks for them: it enqueues on the queue it is given
 * (xlog_wait(&cil->xc_push_wait, &cil->xc_push_lock)).
 */
static int may_wrap_wait(const char *s, size_t n)
{
	return memmem(s, n, "wait", 4) && header_wrappers_has(wrappers, s, n);
}

/*
 * Calls whose arguments name a queue: waits, the wait-queue lookups,
 * and what may be a header's wrapper of a wait.
 */
static int names_queue(const char *s, size_t n)
{
	return prefilter_is_wait_name(s, n) ||
	       (n == 9 && !memcmp(s, "poll_wait", 9)) ||
	       (n == 15 && !memcmp(s, "__var_waitqueue", 15)) ||
	       (n == 13 && !memcmp(s, "bit_waitqueue", 13)) ||
	       may_wrap_wait(s, n);
}

struct scan {
	const char *buf;
	size_t len, i;
	int depth; /* parentheses inside a queue-naming call, or 0 */
};

/* The next identifier: its start and length in *@n, or NULL at the end. */
static const char *next_ident(struct scan *s, size_t *n)
{
	while (s->i < s->len) {
		unsigned char c = (unsigned char)s->buf[s->i];
		size_t start = s->i;

		if (s->depth && c == '(')
			s->depth++;
		else if (s->depth && c == ')')
			s->depth--;
		if (!is_ident_start(c)) {
			s->i++;
			continue;
		}
		while (s->i < s->len &&
		       is_ident_char((unsigned char)s->buf[s->i]))
			s->i++;
		*n = s->i - start;
		return s->buf + start;
	}
	return NULL;
}

/* Whether the body of @f calls a name that may_wrap_wait(). */
static int calls_wrapper_name(const struct rfunc *f, const char *buf)
{
	struct scan s = { buf, f->close, f->open, 0 };
	const char *id;
	size_t n;

	while ((id = next_ident(&s, &n)))
		if (s.i < s.len && buf[s.i] == '(' && may_wrap_wait(id, n))
			return 1;
	return 0;
}

/*
 * Whether @buf calls a name containing "wait" that @accept takes. Every
 * name names_queue() knows contains "wait", and memmem() finds it far
 * faster than a matcher finds short member names ("wq", "wait"): most
 * files that mention one never wait, and this turns them away first.
 */
static int calls_wait_name(const char *buf, size_t len,
			   int (*accept)(const char *, size_t))
{
	const char *p = buf, *end = buf + len;

	while ((p = memmem(p, (size_t)(end - p), "wait", 4))) {
		const char *s = p, *e = p + 4;

		while (s > buf && is_ident_char((unsigned char)s[-1]))
			s--;
		while (e < end && is_ident_char((unsigned char)*e))
			e++;
		p = e;
		while (e < end && (*e == ' ' || *e == '\t'))
			e++;
		if (e < end && *e == '(' && accept(s, (size_t)(p - s)))
			return 1;
	}
	return 0;
}

int waiter_files_gate(const char *buf, size_t len)
{
	return calls_wait_name(buf, len, names_queue);
}

static int any_name(const char *s, size_t n)
{
	(void)s;
	(void)n;
	return 1;
}

/*
 * The first pass marks the files the index may read before the
 * wrappers of the headers are known: any call of a name with "wait" in
 * it may be one (xlog_wait()), so the mark is wider than the gate.
 */
int waiter_files_mark(const char *buf, size_t len)
{
	return calls_wait_name(buf, len, any_name);
}

int wanted_accept(const char *buf, size_t len, const void *arg, int elsewhere)
{
	const struct wanted *wd = arg;
	unsigned char *seen = xcalloc(WORD_SLOTS + 1, 1);
	struct scan s = { buf, len, 0, 0 };
	const char *id;
	size_t n, k;
	int ok = 0;

	while (!ok && (id = next_ident(&s, &n))) {
		size_t i = slot(wd, id, n);

		if (!s.depth && names_queue(id, n) && s.i < len &&
		    buf[s.i] == '(') {
			s.depth = 1;
			s.i++;
		}
		if (!wd->word[i])
			continue;
		seen[i] |= s.depth ? 3 : 1; /* 2: inside a queue's call */
		ok = (wd->kind[i] & WANT_BIT) && s.depth;
	}
	for (k = 0; k < wd->npairs && !ok; k++)
		ok = (seen[wd->member[k]] & 2) &&
		     (!elsewhere || (seen[wd->tag[k]] & 1));
	free(seen);
	return ok;
}

/* Whether the body of @f holds a do-while loop: "do" then "{". */
static int has_do_loop(const struct rfunc *f, const char *buf)
{
	size_t k;

	for (k = f->open + 1; k + 2 < f->close; k++) {
		size_t e = k + 2;

		if (buf[k] != 'd' || buf[k + 1] != 'o' ||
		    is_ident_char((unsigned char)buf[k - 1]) ||
		    is_ident_char((unsigned char)buf[e]))
			continue;
		while (e < f->close && strchr(" \t\n", buf[e]))
			e++;
		if (buf[e] == '{')
			return 1;
	}
	return 0;
}

void waiter_files_choose(struct reduced *r, const char *buf, size_t len)
{
	/* 1: it waits; 2, 3: called from round 1, 2; 0: not kept */
	unsigned char *rounds = xcalloc(r->nfuncs + 1, 1), round;
	size_t i;

	(void)len;
	/*
	 * A function that waits is a waiter of ours only if it names one of
	 * the pass's words (a queue's member, a bit): the others of a file
	 * that waits a lot (md.c) would cost spatch for nothing.
	 */
	for (i = 0; i < r->nfuncs; i++) {
		int wraps = r->funcs[i].mentions &&
			    calls_wrapper_name(&r->funcs[i], buf);

		rounds[i] = (r->funcs[i].mentions &&
			     reduce_func_waits(&r->funcs[i], buf)) ||
			    wraps;
		r->wrapper_calls |= wraps;
	}
	for (round = 1; round <= 2; round++)
		for (i = 0; i < r->nfuncs; i++)
			if (rounds[i] == round)
				reduce_mark_callees(r, buf, i, 0, rounds, round + 1);
	/*
	 * A do-while loop takes its first snapshot before its test: the
	 * index reads the callers of its function for the test they made
	 * (the snapshot field, cocci/RECORDS.md).
	 */
	for (i = 0; i < r->nfuncs; i++)
		if (rounds[i] == 1 && has_do_loop(&r->funcs[i], buf))
			reduce_mark_callers(r, buf, i, rounds, 4);
	for (i = 0; i < r->nfuncs; i++)
		r->funcs[i].kept = rounds[i] != 0;
	free(rounds);
}
