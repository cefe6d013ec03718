// SPDX-License-Identifier: GPL-2.0-only
/*
 * Patches as git format-patch writes them, with a message a maintainer
 * can review without running anything: what the function stores, which
 * test reads the wait list too early, the two CPUs side by side, why the
 * waiter's side is already right, and what the patch changes.
 */
#include "emit_patches.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <openssl/evp.h>

#include "cmd.h"
#include "diff.h"
#include "format.h"
#include "util.h"

#define MSG_WIDTH 72
#define MSG_LIMIT 75 /* checkpatch.pl's limit for the message */
#define RIGHT_COLUMN 36 /* of the two-CPU picture */
#define NAME_MAX_GIT 64 /* git format-patch's file name limit */

/* ---- names ---- */

static const char *rec_field(const struct record *rec, enum rec_field f)
{
	return rec->f[f] ? rec->f[f] : "";
}

static int is_callee(const struct record *rec)
{
	return !strcmp(rec_field(rec, REC_RULE), "store-in-caller");
}

/* The function name a store expression starts with, or NULL. */
static char *call_name(const char *expr)
{
	size_t n = 0;

	while (is_ident_char(expr[n]))
		n++;
	if (!n || expr[n] != '(')
		return NULL;
	return xstrndup(expr, n);
}

/* "stores to ctx->tail", "updates s->users with atomic_dec()". */
static char *store_verb(const struct record *rec)
{
	const char *kind = rec_field(rec, REC_STORE_KIND);
	const char *target = rec_field(rec, REC_STORE_TARGET);
	char *name = call_name(rec_field(rec, REC_STORE_EXPR)), *s;

	if (!*target)
		s = xstrdup("stores to shared state");
	else if (!strcmp(kind, "atomic-rmw") && name)
		s = xasprintf("updates %s with %s()", target, name);
	else if (!strcmp(kind, "list") && name)
		s = xasprintf("changes the list %s with %s()", target, name);
	else if (name)
		s = xasprintf("stores to %s with %s()", target, name);
	else
		s = xasprintf("stores to %s", target);
	free(name);
	return s;
}

/* Why the code between the store and the test does not order them. */
/* Line @line of the original file in the file this patch applies to. */
static long at(const struct patch_in *p, long line)
{
	if (!p->orig_edits || line < 1)
		return line;
	return fix_map_line(p->orig_edits, p->norig, p->group - 1, line);
}

static char *why_unordered(const struct patch_in *p, const struct record *rec)
{
	/* WEAK of cocci/families.py; cocci/check-families compares them. */
	static const struct {
		const char *name, *why;
	} weak[] = {
		{ "smp_wmb", "orders stores against stores only" },
		{ "wmb", "orders stores against stores only" },
		{ "smp_rmb", "orders loads against loads only" },
		{ "rmb", "orders loads against loads only" },
		{ "barrier", "stops only the compiler, not the CPU" },
		{ "smp_acquire__after_ctrl_dep", "orders earlier loads only" },
		{ "smp_mb__before_atomic",
		  "orders nothing without an atomic read-modify-write after it" },
		{ "smp_mb__after_atomic", "orders nothing after a plain store" },
	};
	const char *wb = rec_field(rec, REC_WRONG_BARRIER);
	const char *kind = rec_field(rec, REC_STORE_KIND);
	const char *between = rec_field(rec, REC_BETWEEN);
	char *name = call_name(rec_field(rec, REC_STORE_EXPR)), *s = NULL;
	size_t i;

	if (*wb) {
		for (i = 0; i < ARRAY_SIZE(weak); i++)
			if (!strcmp(wb, weak[i].name))
				break;
		s = xasprintf(": the %s() on line %ld %s", wb,
			      at(p, rec->wrong_barrier_line),
			      i < ARRAY_SIZE(weak) ? weak[i].why :
						     "is not a full barrier");
	} else if (!strcmp(kind, "atomic-rmw") && name) {
		s = xasprintf(" (%s() returns no value and implies none)", name);
	} else if (!strcmp(kind, "release")) {
		s = xstrdup(" (a release store orders what comes before it, "
			    "not the store before later loads)");
	} else if (*between) {
		s = xasprintf(" (the call to %s() between them is not known "
			      "to imply one)",
			      between);
	} else {
		s = xstrdup("");
	}
	free(name);
	return s;
}

static char *test_name(const struct record *rec)
{
	const char *check = rec_field(rec, REC_CHECK);
	char *q;
	char *s;

	if (!fix_is_list_test(check))
		return xasprintf("the call to %s()", check);
	q = fix_queue_name(rec_field(rec, REC_WAIT_QUEUE));
	s = xasprintf("the test of %s", q);
	free(q);
	return s;
}

/* ---- the message ---- */

/* Append @para wrapped at MSG_WIDTH columns, then a blank line. */
static void wrap(struct strbuf *sb, const char *para)
{
	const char *p = para;
	size_t col = 0;

	while (*p) {
		const char *w = p;
		size_t n;

		while (*p && *p != ' ')
			p++;
		/* "line 27" stays on one line. */
		if (p - w >= 4 && !strncmp(p - 4, "line", 4) && p[0] == ' ' &&
		    p[1] >= '0' && p[1] <= '9')
			for (p++; *p && *p != ' '; p++)
				;
		n = (size_t)(p - w);
		if (col && col + 1 + n > MSG_WIDTH) {
			sb_putc(sb, '\n');
			col = 0;
		} else if (col) {
			sb_putc(sb, ' ');
			col++;
		}
		sb_add(sb, w, n);
		col += n;
		while (*p == ' ')
			p++;
	}
	sb_puts(sb, "\n\n");
}

/* One line of the picture; the left CPU at 2, the right at 36. */
static void pic(struct strbuf *sb, int right, const char *text,
		const char *shorter)
{
	size_t indent = right ? RIGHT_COLUMN : 2;

	if (indent + strlen(text) > MSG_LIMIT && shorter)
		text = shorter;
	sb_printf(sb, "%*s%.*s\n", (int)indent, "",
		  (int)(MSG_LIMIT - indent), text);
}

static void picture(struct strbuf *sb, const struct record *rec)
{
	const char *check = rec_field(rec, REC_CHECK);
	const char *arg = rec_field(rec, REC_WAIT_QUEUE);
	const char *target = rec_field(rec, REC_STORE_TARGET);
	const char *wfn = fix_waiter_function(rec);
	char *q = fix_queue_name(arg), *s1, *s2, *head;
	int list = fix_is_list_test(check) && !is_callee(rec);

	head = xasprintf("  CPU 0: %s()", rec_field(rec, REC_FUNCTION));
	if (strlen(head) + 1 < RIGHT_COLUMN)
		sb_printf(sb, "%-*sCPU 1: %s%s\n", RIGHT_COLUMN, head,
			  *wfn ? wfn : "the waiter", *wfn ? "()" : "");
	else
		sb_printf(sb, "%s\n%*sCPU 1: %s%s\n", head, RIGHT_COLUMN, "",
			  *wfn ? wfn : "the waiter", *wfn ? "()" : "");
	free(head);
	s1 = xasprintf("%s;", rec_field(rec, REC_STORE_EXPR));
	s2 = xasprintf("store to %s", target);
	pic(sb, 0, *rec_field(rec, REC_STORE_EXPR) ? s1 : s2, s2);
	free(s1);
	free(s2);
	pic(sb, 0, "  (the store waits in the store buffer)", NULL);
	s1 = xasprintf("%s(%s): no waiter, no wake-up", check, arg);
	s2 = xasprintf("%s(): no waiter, no wake-up", check);
	pic(sb, 0, s1, s2);
	free(s1);
	free(s2);
	if (list)
		s1 = xasprintf("queues itself on %s", q);
	else
		s1 = xstrdup("queues itself on the wait queue");
	pic(sb, 1, s1, "queues itself on the wait queue");
	free(s1);
	pic(sb, 1, "smp_mb() in set_current_state()", NULL);
	s1 = xasprintf("reads the old %s, sleeps", target);
	pic(sb, 1, *target ? s1 : "reads the old value, sleeps",
	    "reads the old value, sleeps");
	free(s1);
	s1 = xasprintf("(the store to %s becomes visible)", target);
	pic(sb, 0, *target ? s1 : "(the store becomes visible)",
	    "(the store becomes visible)");
	free(s1);
	sb_putc(sb, '\n');
	free(q);
}

/* The first paragraph: what the function does and why it races. */
static char *race_text(const struct patch_in *in)
{
	const struct record *rec = in->notes[0]->rec;
	const char *fn = rec_field(rec, REC_FUNCTION);
	const char *check = rec_field(rec, REC_CHECK);
	const char *arg = rec_field(rec, REC_WAIT_QUEUE);
	const char *wake = rec_field(rec, REC_WAKE);
	long sl = at(in, rec->store_line), cl = at(in, rec->line);
	char *verb = store_verb(rec), *why = why_unordered(in, rec), *p;

	if (is_callee(rec))
		p = xasprintf("%s() %s and then calls %s(%s), which tests a "
			      "wait list with waitqueue_active() and has no "
			      "barrier of its own. Nothing between the store "
			      "(line %ld) and the call (line %ld) is a full "
			      "memory barrier%s, so the CPU may perform the "
			      "load of the wait list before the store is "
			      "visible to other CPUs.",
			      fn, verb, check, arg, sl, cl, why);
	else if (!fix_is_list_test(check))
		p = xasprintf("%s() %s and then calls %s(%s), which tests "
			      "the wait list with waitqueue_active() before "
			      "it wakes anyone. Nothing between the store "
			      "(line %ld) and that call (line %ld) is a full "
			      "memory barrier%s, so the CPU may perform the "
			      "load of the wait list before the store is "
			      "visible to other CPUs.",
			      fn, verb, check, arg, sl, cl, why);
	else
		p = xasprintf("%s() %s and then calls %s(%s) to decide "
			      "whether to %s%s%s. %s() reads the wait list "
			      "without taking the queue's lock, and nothing "
			      "between the store (line %ld) and the test (line "
			      "%ld) is a full memory barrier%s, so the CPU may "
			      "perform the load of the wait list before the "
			      "store is visible to other CPUs.",
			      fn, verb, check, arg, *wake ? "call " : "wake ",
			      *wake ? wake : "the waiters", *wake ? "()" : "",
			      check, sl, cl, why);
	free(verb);
	free(why);
	return p;
}

/* The last paragraph: the waiter's side, and where the rule is written. */
static char *pairing_text(const struct record *rec)
{
	const char *check = rec_field(rec, REC_CHECK);
	char *where, *p;

	if (!strcmp(check, "swait_active"))
		where = xstrdup("as the comment above swait_active() in "
				"include/linux/swait.h says");
	else if (fix_is_list_test(check) || is_callee(rec))
		where = xstrdup("as the comment above waitqueue_active() in "
				"include/linux/wait.h says");
	else
		where = xasprintf("as the comment above wake_up_bit() in "
				  "kernel/sched/wait_bit.c says for %s()",
				  check);
	p = xasprintf("On the waiter's side, set_current_state() (in "
		      "prepare_to_wait() and the wait_event*() macros) "
		      "orders queueing the task before reading the "
		      "condition. The waker needs the matching full barrier "
		      "between its store and the test, %s.",
		      where);
	free(where);
	return p;
}

static void race(struct strbuf *sb, const struct patch_in *in)
{
	const struct record *rec = in->notes[0]->rec;
	const char *wfn = fix_waiter_function(rec);
	char *wcall = fix_waiter_call(rec), *p;

	p = race_text(in);
	wrap(sb, p);
	free(p);
	if (*wfn && *wcall)
		p = xasprintf("The waiter in %s(), which sleeps in %s() until "
			      "it sees the change, can then miss the wake-up:",
			      wfn, wcall);
	else
		p = xstrdup("A waiter can then miss the wake-up:");
	wrap(sb, p);
	free(p);
	picture(sb, rec);
	wrap(sb, "The waiter sleeps on although its condition is true.");
	p = pairing_text(rec);
	wrap(sb, p);
	free(p);
	free(wcall);
}

/* FIX_INSERT, FIX_COVERED: the barrier added, or that it serves this too. */
static int add_action(struct strbuf *para, const struct patch_in *in,
		      const struct fix_note *n, const char *t, int first)
{
	const struct record *rec = n->rec;

	if (!first) {
		sb_printf(para,
			  "The same barrier orders the store before %s (line "
			  "%ld).",
			  t, at(in, rec->line));
		return 0;
	}
	sb_printf(para, "Add %s right before %s (line %ld)", n->barrier, t,
		  at(in, rec->line));
	if (n->braced)
		sb_puts(para, ", in braces around the body of the if whose "
			      "condition makes the store");
	if (!strcmp(n->barrier, "smp_mb__after_atomic()"))
		sb_puts(para, ": after the atomic operation it is a full "
			      "barrier.");
	else
		sb_putc(para, '.');
	if (n->kept_line)
		sb_printf(para,
			  " The %s() on line %ld stays: stores follow it "
			  "before the test, so it cannot take the place of "
			  "the new barrier.",
			  rec_field(rec, REC_WRONG_BARRIER),
			  at(in, n->kept_line));
	return 1;
}

/*
 * The sentence for note @i: what the patch does for it. Returns whether
 * it added or replaced a barrier (which then carries a comment).
 */
static int action(struct strbuf *para, const struct patch_in *in, size_t i)
{
	const struct fix_note *n = in->notes[i];
	const struct record *rec = n->rec;
	char *t = test_name(rec), *q;
	int first = 1, commented = 0;
	size_t j;

	for (j = 0; j < i; j++)
		if (in->notes[j]->edit == n->edit)
			first = 0;
	switch (n->kind) {
	case FIX_SLEEPER:
		q = fix_queue_name(rec_field(rec, REC_WAIT_QUEUE));
		sb_printf(para,
			  "Test %s with %s(), which is %s() with smp_mb() "
			  "before it.",
			  q, n->sleeper, rec_field(rec, REC_CHECK));
		free(q);
		break;
	case FIX_REPLACE:
		sb_printf(para,
			  "Replace the %s() on line %ld with smp_mb(), which "
			  "also orders the store before %s.",
			  rec_field(rec, REC_WRONG_BARRIER), at(in, n->at), t);
		commented = 1;
		break;
	case FIX_INSERT:
	case FIX_COVERED:
		commented = add_action(para, in, n, t, first);
		break;
	case FIX_NONE:
		break;
	}
	free(t);
	return commented;
}

/* What the patch does, one sentence per barrier or renamed test. */
static void actions(struct strbuf *sb, const struct patch_in *in)
{
	struct strbuf para = { 0 };
	size_t i;
	int commented = 0;

	for (i = 0; i < in->nnotes; i++) {
		if (para.len)
			sb_putc(&para, ' ');
		commented |= action(&para, in, i);
	}
	if (commented)
		sb_puts(&para, " The comment above the barrier says what it "
			       "orders and what it pairs with.");
	wrap(sb, para.buf ? para.buf : "");
	sb_free(&para);
}

char *patch_message(const struct patch_in *p)
{
	struct strbuf sb = { 0 };

	race(&sb, p);
	actions(&sb, p);
	wrap(&sb, "Found with wqcheck.");
	/* One blank line at the end, not two. */
	if (sb.len >= 2 && sb.buf[sb.len - 2] == '\n')
		sb.buf[--sb.len] = '\0';
	return sb_detach(&sb);
}

char *patch_subject(const struct patch_in *p)
{
	const struct record *rec = p->notes[0]->rec;
	const char *check = rec_field(rec, REC_CHECK);
	size_t i, sleepers = 0, replaces = 0;
	char *what, *s;

	for (i = 0; i < p->nnotes; i++) {
		sleepers += p->notes[i]->kind == FIX_SLEEPER;
		replaces += p->notes[i]->kind == FIX_REPLACE;
	}
	if (sleepers == p->nnotes)
		what = xasprintf("use %s() instead of %s()",
				 p->notes[0]->sleeper, check);
	else if (replaces && replaces + sleepers == p->nnotes)
		what = xasprintf("use a full memory barrier before %s()",
				 check);
	else
		what = xasprintf("add missing memory barrier before %s()",
				 check);
	if (p->name_function)
		s = xasprintf("%s: %s in %s()", p->prefix, what, p->function);
	else
		s = xasprintf("%s: %s", p->prefix, what);
	free(what);
	return s;
}

/* ---- the diff part ---- */

/* git's object name of a blob, abbreviated to 12 digits. */
static void blob_id(const char *text, size_t len, char out[13])
{
	unsigned char md[EVP_MAX_MD_SIZE];
	unsigned int n = 0, i;
	char head[64];
	EVP_MD_CTX *ctx = EVP_MD_CTX_new();
	int hl = snprintf(head, sizeof(head), "blob %zu", len);

	EVP_DigestInit_ex(ctx, EVP_sha1(), NULL);
	EVP_DigestUpdate(ctx, head, (size_t)hl + 1);
	EVP_DigestUpdate(ctx, text, len);
	EVP_DigestFinal_ex(ctx, md, &n);
	EVP_MD_CTX_free(ctx);
	for (i = 0; i < 6 && i < n; i++)
		snprintf(out + 2 * i, 3, "%02x", md[i]);
	out[12] = '\0';
}

static void diffstat(struct strbuf *sb, const char *path,
		     const struct diff_stat *st)
{
	long i;

	sb_printf(sb, " %s | %ld ", path, st->added + st->removed);
	for (i = 0; i < st->added; i++)
		sb_putc(sb, '+');
	for (i = 0; i < st->removed; i++)
		sb_putc(sb, '-');
	sb_puts(sb, "\n 1 file changed");
	if (st->added)
		sb_printf(sb, ", %ld insertion%s(+)", st->added,
			  st->added == 1 ? "" : "s");
	if (st->removed)
		sb_printf(sb, ", %ld deletion%s(-)", st->removed,
			  st->removed == 1 ? "" : "s");
	sb_putc(sb, '\n');
}

/* "To: a,\n    b" as git writes a header with several addresses. */
static void address_header(struct strbuf *sb, const char *name,
			   const char *list)
{
	const char *p = list;
	int first = 1;

	while (p && *p) {
		size_t n = strcspn(p, "\n");

		if (n) {
			sb_printf(sb, "%s%.*s", first ? name : ",\n    ",
				  (int)n, p);
			first = 0;
		}
		p += n;
		if (*p)
			p++;
	}
	if (!first)
		sb_putc(sb, '\n');
}

static void rfc2822_date(char *buf, size_t size, time_t t)
{
	static const char *const day[] = { "Sun", "Mon", "Tue", "Wed",
					   "Thu", "Fri", "Sat" };
	static const char *const mon[] = { "Jan", "Feb", "Mar", "Apr",
					   "May", "Jun", "Jul", "Aug",
					   "Sep", "Oct", "Nov", "Dec" };
	struct tm tm;
	long off;

	localtime_r(&t, &tm);
	off = tm.tm_gmtoff / 60;
	snprintf(buf, size, "%s, %d %s %d %02d:%02d:%02d %c%02ld%02ld",
		 day[tm.tm_wday], tm.tm_mday, mon[tm.tm_mon],
		 tm.tm_year + 1900, tm.tm_hour, tm.tm_min, tm.tm_sec,
		 off < 0 ? '-' : '+', labs(off) / 60, labs(off) % 60);
}

char *patch_text(const struct patch_in *p, const struct patch_meta *m,
		 const char *to, const char *cc)
{
	struct strbuf sb = { 0 }, hunks = { 0 };
	struct diff_stat st;
	char *subject = patch_subject(p), *msg = patch_message(p);
	char date[64], a[13], b[13];

	rfc2822_date(date, sizeof(date), m->date);
	sb_puts(&sb, "From 0000000000000000000000000000000000000000 "
		     "Mon Sep 17 00:00:00 2001\n");
	sb_printf(&sb, "From: %s <%s>\n", m->name, m->email);
	sb_printf(&sb, "Date: %s\n", date);
	sb_printf(&sb, "Subject: [PATCH] %s\n", subject);
	address_header(&sb, "To: ", to);
	address_header(&sb, "Cc: ", cc);
	sb_printf(&sb, "\n%s", msg);
	if (p->fixes || m->signoff)
		sb_putc(&sb, '\n');
	if (p->fixes)
		sb_printf(&sb, "%s\n", p->fixes);
	if (m->signoff)
		sb_printf(&sb, "Signed-off-by: %s <%s>\n", m->name, m->email);
	diff_hunks(&hunks, p->base, p->edits, p->nedits, &st);
	sb_puts(&sb, "---\n");
	diffstat(&sb, p->relpath, &st);
	blob_id(p->old_text, p->old_len, a);
	blob_id(p->new_text, p->new_len, b);
	sb_printf(&sb, "\ndiff --git a/%s b/%s\n", p->relpath, p->relpath);
	sb_printf(&sb, "index %s..%s %06o\n", a, b, p->mode);
	sb_printf(&sb, "--- a/%s\n+++ b/%s\n", p->relpath, p->relpath);
	sb_add(&sb, hunks.buf ? hunks.buf : "", hunks.len);
	sb_printf(&sb, "-- \nwqcheck %s\n\n", WQCHECK_VERSION);
	sb_free(&hunks);
	free(subject);
	free(msg);
	return sb_detach(&sb);
}

/* ---- files ---- */

static int title_char(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	       (c >= '0' && c <= '9') || c == '.' || c == '_';
}

char *patch_file_name(int number, const char *subject)
{
	struct strbuf sb = { 0 };
	size_t max = NAME_MAX_GIT - strlen(".patch") - 1, i;
	int space = 2;

	sb_printf(&sb, "%04d-", number);
	for (i = 0; subject[i]; i++) {
		if (title_char(subject[i])) {
			if (space == 1)
				sb_putc(&sb, '-');
			space = 0;
			sb_putc(&sb, subject[i]);
			if (subject[i] == '.')
				while (subject[i + 1] == '.')
					i++;
		} else {
			space |= 1;
		}
	}
	while (sb.len > 5 &&
	       (sb.buf[sb.len - 1] == '.' || sb.buf[sb.len - 1] == '-'))
		sb.buf[--sb.len] = '\0';
	if (sb.len > max)
		sb.buf[sb.len = max] = '\0';
	sb_puts(&sb, ".patch");
	return sb_detach(&sb);
}

int write_atomic(const char *path, const char *text, size_t len,
		 unsigned int mode)
{
	return write_atomic_owned(path, text, len, mode, -1, -1);
}

int write_atomic_owned(const char *path, const char *text, size_t len,
		       unsigned int mode, long uid, long gid)
{
	const char *slash = strrchr(path, '/');
	char *dir = slash ? xstrndup(path, (size_t)(slash - path + 1)) :
			    xstrdup("");
	char *tmp = xasprintf("%s.%s.wqcheck-XXXXXX", dir,
			      slash ? slash + 1 : path);
	int fd = mkstemp(tmp), err, dfd;

	if (fd < 0)
		goto fail;
	/* Only root may give a file away; anyone else keeps it. */
	if ((uid >= 0 && fchown(fd, (uid_t)uid, (gid_t)gid) &&
	     errno != EPERM) ||
	    fchmod(fd, mode & 07777) || write_all(fd, text, len) ||
	    fsync(fd)) {
		err = errno;
		close(fd);
		unlink(tmp);
		errno = err;
		goto fail;
	}
	if (close(fd) || rename(tmp, path)) {
		err = errno;
		unlink(tmp);
		errno = err;
		goto fail;
	}
	/* The rename itself reaches the disk with the directory. */
	dfd = open(*dir ? dir : ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (dfd >= 0) {
		fsync(dfd);
		close(dfd);
	}
	free(dir);
	free(tmp);
	return 0;
fail:
	free(dir);
	free(tmp);
	return -1;
}

int patch_recipients(const char *root, const char *patch_path, char **to,
		     char **cc)
{
	char *script = path_join(root, "scripts/get_maintainer.pl");
	const char *argv[] = { "perl", "scripts/get_maintainer.pl", "--no-git",
			       "--no-git-fallback", patch_path, NULL };
	struct strbuf out = { 0 }, t = { 0 }, c = { 0 };
	const char *p;
	int ret = -1;

	*to = *cc = NULL;
	if (access(script, R_OK) || cmd_run(root, argv, 300, &out, NULL))
		goto out;
	for (p = out.buf; p && *p;) {
		size_t n = strcspn(p, "\n");
		const char *role = memchr(p, '(', n);
		size_t an = role ? (size_t)(role - p) : n;
		int maint = role && (!strncmp(role + 1, "maintainer", 10) ||
				     !strncmp(role + 1, "supporter", 9));

		while (an && p[an - 1] == ' ')
			an--;
		if (an && memchr(p, '@', an)) {
			struct strbuf *dst = maint ? &t : &c;

			sb_add(dst, p, an);
			sb_putc(dst, '\n');
		}
		p += n;
		if (*p)
			p++;
	}
	*to = sb_detach(&t);
	*cc = sb_detach(&c);
	ret = 0;
out:
	sb_free(&out);
	sb_free(&t);
	sb_free(&c);
	free(script);
	return ret;
}
