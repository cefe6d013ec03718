// SPDX-License-Identifier: GPL-2.0-only
/*
 * The fix for each finding of a file: where the barrier goes, which one,
 * and the edited text. What its comment says is fix_comment.c's; what
 * the code around it allows, fix_code.c's.
 *
 * The record says where the statement holding the test starts
 * (stmt_line); a barrier inserted right before it runs after the store
 * and before the test on every path. When the store is made in the
 * condition of an if whose one-line body tests, the statement's start is
 * before the store: the barrier goes into the body instead, which gets
 * braces (with an else after it, or another kind of head, the finding
 * is left unfixed with a note). A barrier that does not order a
 * store against a later load (rule wrong-barrier) is replaced in place
 * when that is as good: nothing between it and the test stores or jumps
 * in. Otherwise the new barrier goes before the test and the old one
 * stays, since it may order something else. The comment above the
 * barrier names the store, the wait queue and the waiter's barrier, as
 * checkpatch.pl wants for every barrier (MEMORY_BARRIER).
 *
 * This file only reads text; it does not know about files or git.
 */
#include "fix.h"

#include <stdlib.h>
#include <string.h>

#include "fix_code.h"
#include "fix_comment.h"
#include "util.h"

#define LINE_LIMIT 100 /* checkpatch.pl's --max-line-length default */

/* ---- planning ---- */

const char *fix_unsupported(const struct record *rec)
{
	const char *rule = rec->f[REC_RULE];

	if (!strcmp(rule, "waiter-no-barrier"))
		return "the waiter side is not fixed automatically: add "
		       "set_current_state() after the enqueue by hand";
	/* At the helper itself no store is known; at a call site it is. */
	if (!strcmp(rule, "store-in-caller") && !rec->store_line)
		return "the store is in a caller, which is not fixed "
		       "automatically: add the barrier after the store there";
	return NULL;
}

static const char *barrier_of(const struct record *rec)
{
	if (!strcmp(rec->f[REC_SUGGESTED_FIX], "smp_mb__after_atomic()") &&
	    !*rec->f[REC_WRONG_BARRIER])
		return "smp_mb__after_atomic()";
	return "smp_mb()";
}

/* A barrier being added: where, and which findings it serves. */
struct barrier {
	long point; /* the new statement goes before this line */
	long at; /* the statement line of the first test */
	long replace; /* the line of the barrier it replaces, or 0 */
	long head; /* the if whose one-line body gets braces around it, or 0 */
	const char *kind;
	const char *function;
	struct fix_note **notes;
	size_t nnotes;
};

/* A test to be renamed: waitqueue_active() -> wq_has_sleeper(). */
struct rename {
	long line, col;
	const char *from, *to;
};

struct planner {
	struct code c;
	struct barrier *b;
	size_t nb;
	struct rename *r;
	size_t nr;
};

static void barrier_add_note(struct barrier *b, struct fix_note *note)
{
	b->notes = xrealloc(b->notes, (b->nnotes + 1) * sizeof(*b->notes));
	b->notes[b->nnotes++] = note;
}

/* The sleeper test for @check, or NULL. */
static const char *sleeper_of(const char *check)
{
	if (!strcmp(check, "waitqueue_active"))
		return "wq_has_sleeper";
	if (!strcmp(check, "swait_active"))
		return "swq_has_sleeper";
	return NULL;
}

/* Renaming the test keeps its line within the limit. */
static int rename_fits(const struct code *c, const struct record *rec,
		       const char *to)
{
	const char *line = c->t->line[rec->line - 1];
	size_t grow = strlen(to) > strlen(rec->f[REC_CHECK]) ?
			      strlen(to) - strlen(rec->f[REC_CHECK]) :
			      0;

	return width_of(line) + grow <= LINE_LIMIT;
}

static void plan_rename(struct planner *pl, struct fix_note *note,
			const char *to)
{
	const struct record *rec = note->rec;

	pl->r = xrealloc(pl->r, (pl->nr + 1) * sizeof(*pl->r));
	pl->r[pl->nr++] = (struct rename){ rec->line, rec->column,
					   rec->f[REC_CHECK], to };
	note->kind = FIX_SLEEPER;
	note->sleeper = to;
	note->at = rec->line;
}

/* A barrier already planned in the function that orders this finding. */
static struct barrier *covering(struct planner *pl, const struct record *rec,
				long point)
{
	size_t i;

	for (i = 0; i < pl->nb; i++) {
		struct barrier *b = &pl->b[i];

		if (strcmp(b->function, rec->f[REC_FUNCTION]))
			continue;
		if (b->point == point)
			return b;
		if (b->point < point && rec->store_line &&
		    rec->store_line < (b->replace ? b->replace : b->point) &&
		    code_straight(&pl->c, b->point, point))
			return b;
	}
	return NULL;
}

/*
 * A barrier before @stmt; with @head, @stmt is the one-line body of the
 * if at @head, whose condition holds the store, and gets braces.
 */
static void plan_barrier(struct planner *pl, struct fix_note *note, long stmt,
			 long head)
{
	const struct record *rec = note->rec;
	long point, replace = 0;
	const char *kind = barrier_of(rec);
	struct barrier *b;

	if (head) {
		point = stmt;
		note->braced = 1;
	} else if (code_barrier_replaceable(&pl->c, rec, stmt)) {
		replace = rec->wrong_barrier_line;
		point = replace;
	} else {
		point = code_above_comment(&pl->c, stmt);
		if (rec->wrong_barrier_line)
			note->kept_line = rec->wrong_barrier_line;
	}
	/* Away from its atomic, smp_mb__after_atomic() may order nothing. */
	if (!strcmp(kind, "smp_mb__after_atomic()") &&
	    !code_right_after(&pl->c, rec->store_line, point))
		kind = "smp_mb()";
	note->barrier = kind;
	note->at = replace ? replace : stmt;
	b = head ? NULL : covering(pl, rec, point);
	if (b) {
		/* smp_mb() serves both; smp_mb__after_atomic() may not. */
		if (strcmp(b->kind, kind))
			b->kind = "smp_mb()";
		note->kind = b->point == point && !b->replace && !replace ?
				     FIX_INSERT :
				     FIX_COVERED;
		note->at = b->replace ? b->replace : b->at;
		barrier_add_note(b, note);
		return;
	}
	pl->b = xrealloc(pl->b, (pl->nb + 1) * sizeof(*pl->b));
	b = &pl->b[pl->nb++];
	*b = (struct barrier){ .point = point,
			       .at = stmt,
			       .replace = replace,
			       .head = head,
			       .kind = replace ? "smp_mb()" : kind,
			       .function = rec->f[REC_FUNCTION] };
	note->kind = replace ? FIX_REPLACE : FIX_INSERT;
	if (replace)
		note->barrier = "smp_mb()";
	barrier_add_note(b, note);
}

static void plan_one(struct planner *pl, struct fix_note *note,
		     enum fix_style style)
{
	const struct record *rec = note->rec;
	const char *to = sleeper_of(rec->f[REC_CHECK]);
	const char *why = fix_unsupported(rec);
	int wrong = rec->wrong_barrier_line > 0;
	long stmt = rec->stmt_line;

	if (why) {
		note->why = xstrdup(why);
		return;
	}
	if (!code_test_in_place(&pl->c, rec)) {
		note->why = xasprintf("%s() is not at line %ld column %ld any "
				      "more: the file changed since the scan",
				      rec->f[REC_CHECK], rec->line,
				      rec->column + 1);
		return;
	}
	if (to && !rename_fits(&pl->c, rec, to))
		to = NULL;
	if (to && style == FIX_STYLE_WQ_HAS_SLEEPER && !wrong) {
		plan_rename(pl, note, to);
		return;
	}
	if (stmt < 1 || stmt > rec->line) {
		if (to && style == FIX_STYLE_WQ_HAS_SLEEPER) {
			plan_rename(pl, note, to);
			return;
		}
		note->why = xasprintf(
			"no statement can go between the store and the test "
			"(it is in an else-if or loop condition)%s",
			to ? "; --fix-style=wq_has_sleeper would fix it" : "");
		return;
	}
	/* A barrier after a label runs on the paths that jump to it too. */
	while (stmt < rec->line && (code_bare_label(code_at(&pl->c, stmt)) ||
				    blank(code_at(&pl->c, stmt))))
		stmt++;
	/* The store is the condition of the if whose body tests. */
	if (rec->store_line >= stmt && rec->store_line < rec->line) {
		if (code_unbraced_body(&pl->c, stmt, rec->line, rec->column)) {
			plan_barrier(pl, note, rec->line, stmt);
			return;
		}
		note->why =
			xstrdup("the store is in the head of the statement "
				"that holds the test, and no barrier can go "
				"between them here");
		return;
	}
	if (!code_stmt_alone(&pl->c, stmt, rec->line, rec->column) ||
	    code_is_declaration(&pl->c, stmt, rec->line, rec->column)) {
		if (to) {
			plan_rename(pl, note, to);
			return;
		}
		note->why = xstrdup("the statement of the test initialises a "
				    "declaration or shares its line: no "
				    "barrier can go right before it");
		return;
	}
	plan_barrier(pl, note, stmt, 0);
}

static int cmp_notes(const void *a, const void *b)
{
	const struct fix_note *x = *(struct fix_note *const *)a;
	const struct fix_note *y = *(struct fix_note *const *)b;
	long lx = x->rec->stmt_line ? x->rec->stmt_line : x->rec->line;
	long ly = y->rec->stmt_line ? y->rec->stmt_line : y->rec->line;
	int c = strcmp(x->rec->f[REC_FUNCTION], y->rec->f[REC_FUNCTION]);

	if (c)
		return c;
	if (lx != ly)
		return lx < ly ? -1 : 1;
	if (x->rec->line != y->rec->line)
		return x->rec->line < y->rec->line ? -1 : 1;
	return x->rec->column < y->rec->column ? -1 :
	       x->rec->column > y->rec->column;
}

static void push_edit(struct fix_plan *p, struct line_edit e)
{
	p->edits = xrealloc(p->edits, (p->nedits + 1) * sizeof(*p->edits));
	p->edits[p->nedits++] = e;
}

/* The trailing comment of a barrier line that is replaced, kept. */
static const char *trailing_comment(const char *line)
{
	const char *semi = strchr(line, ';');

	if (!semi)
		return "";
	semi++;
	return blank(semi) ? "" : semi;
}

/*
 * The lines a barrier's edit replaces: none (an insertion before
 * @b->point), the wrong barrier, or the if's last head line and its body.
 */
static struct line_edit barrier_span(const struct barrier *b)
{
	if (b->head)
		return (struct line_edit){ .first = b->point - 1, .count = 2 };
	return (struct line_edit){ .first = b->point,
				   .count = b->replace ? 1 : 0 };
}

static struct line_edit barrier_edit(const struct planner *pl,
				     const struct barrier *b)
{
	const struct src_text *t = pl->c.t;
	struct line_edit e = barrier_span(b);
	char *indent = indent_of(t->line[(b->replace ? b->replace : b->at) - 1]);
	char *text = fix_comment_text(b->notes, b->nnotes);
	const char *tail = b->replace ? trailing_comment(t->line[b->replace - 1]) :
					"";
	size_t i;

	if (b->head)
		fix_push_line(&e.text, &e.ntext,
			      xasprintf("%s {", t->line[b->point - 2]));
	fix_comment_lines(indent, text, &e.text, &e.ntext);
	fix_push_line(&e.text, &e.ntext,
		      xasprintf("%s%.*s;%s", indent, (int)strlen(b->kind),
				b->kind, tail));
	if (b->head) {
		char *outer = indent_of(t->line[b->head - 1]);

		fix_push_line(&e.text, &e.ntext, xstrdup(t->line[b->point - 1]));
		fix_push_line(&e.text, &e.ntext, xasprintf("%s}", outer));
		free(outer);
	}
	for (i = 0; i < b->nnotes; i++)
		if (b->notes[i]->kind != FIX_NONE)
			b->notes[i]->barrier = b->kind;
	free(indent);
	free(text);
	return e;
}

static int cmp_rename(const void *a, const void *b)
{
	const struct rename *x = a, *y = b;

	if (x->line != y->line)
		return x->line < y->line ? -1 : 1;
	return x->col > y->col ? -1 : x->col < y->col;
}

static int cmp_edit(const void *a, const void *b)
{
	const struct line_edit *x = a, *y = b;

	if (x->first != y->first)
		return x->first < y->first ? -1 : 1;
	return x->count < y->count ? -1 : x->count > y->count;
}

static void rename_edits(struct planner *pl, struct fix_plan *p)
{
	size_t i = 0;

	sort_array(pl->r, pl->nr, sizeof(*pl->r), cmp_rename);
	while (i < pl->nr) {
		long line = pl->r[i].line;
		char *s = xstrdup(pl->c.t->line[line - 1]);
		struct line_edit e = { .first = line, .count = 1 };
		long last = -1;

		/* Right to left, so that the columns stay true. */
		for (; i < pl->nr && pl->r[i].line == line; i++) {
			const struct rename *r = &pl->r[i];
			char *n;

			if (r->col == last)
				continue;
			last = r->col;
			n = xasprintf("%.*s%s%s", (int)r->col, s, r->to,
				      s + r->col + strlen(r->from));
			free(s);
			s = n;
		}
		fix_push_line(&e.text, &e.ntext, s);
		push_edit(p, e);
	}
}

static long find_edit(const struct fix_plan *p, long first, long count)
{
	size_t j;

	for (j = 0; j < p->nedits; j++)
		if (p->edits[j].first == first && p->edits[j].count == count)
			return (long)j;
	return -1;
}

/* Point each note at its edit. */
static void link_notes(struct fix_plan *p, const struct planner *pl)
{
	size_t i, j, k;

	for (i = 0; i < p->nnotes; i++)
		if (p->notes[i].kind == FIX_SLEEPER)
			p->notes[i].edit = find_edit(p, p->notes[i].rec->line, 1);
	for (j = 0; j < pl->nb; j++) {
		const struct barrier *b = &pl->b[j];
		struct line_edit span = barrier_span(b);
		long e = find_edit(p, span.first, span.count);

		for (k = 0; k < b->nnotes; k++)
			b->notes[k]->edit = e;
	}
}

void fix_plan(const struct src_text *t, struct record *const *recs, size_t n,
	      enum fix_style style, struct fix_plan *out)
{
	struct planner pl = { .c = { .t = t, .code = code_lines(t) } };
	struct fix_note **order = xcalloc(n + 1, sizeof(*order));
	size_t i;

	memset(out, 0, sizeof(*out));
	out->notes = xcalloc(n + 1, sizeof(*out->notes));
	out->nnotes = n;
	for (i = 0; i < n; i++) {
		out->notes[i].rec = recs[i];
		out->notes[i].edit = -1;
		order[i] = &out->notes[i];
	}
	sort_array(order, n, sizeof(*order), cmp_notes);
	for (i = 0; i < n; i++)
		plan_one(&pl, order[i], style);
	for (i = 0; i < pl.nb; i++)
		push_edit(out, barrier_edit(&pl, &pl.b[i]));
	rename_edits(&pl, out);
	sort_array(out->edits, out->nedits, sizeof(*out->edits), cmp_edit);
	link_notes(out, &pl);
	for (i = 0; i < pl.nb; i++)
		free(pl.b[i].notes);
	free(pl.b);
	free(pl.r);
	free(order);
	free_strv(pl.c.code, t->n);
}

void fix_plan_free(struct fix_plan *p)
{
	size_t i;

	for (i = 0; i < p->nedits; i++)
		free_strv(p->edits[i].text, p->edits[i].ntext);
	for (i = 0; i < p->nnotes; i++)
		free(p->notes[i].why);
	free(p->edits);
	free(p->notes);
	memset(p, 0, sizeof(*p));
}

/* ---- applying ---- */

static int in_group(const struct line_edit *e, int group)
{
	return group < 0 || e->group <= group;
}

char *fix_apply(const struct src_text *t, const struct line_edit *e, size_t n,
		int group, size_t *len)
{
	struct strbuf sb = { 0 };
	size_t l = 1, i = 0, k;

	while (l <= t->n || i < n) {
		while (i < n && !in_group(&e[i], group))
			i++;
		if (i < n && (size_t)e[i].first == l) {
			for (k = 0; k < e[i].ntext; k++) {
				sb_puts(&sb, e[i].text[k]);
				sb_putc(&sb, '\n');
			}
			l += (size_t)e[i].count;
			i++;
			continue;
		}
		if (l > t->n)
			break;
		sb_puts(&sb, t->line[l - 1]);
		if (l < t->n || !t->no_final_newline)
			sb_putc(&sb, '\n');
		l++;
	}
	*len = sb.len;
	return sb_detach(&sb);
}

long fix_map_line(const struct line_edit *e, size_t n, int group, long line)
{
	long delta = 0;
	size_t i;

	for (i = 0; i < n; i++) {
		if (!in_group(&e[i], group))
			continue;
		if (e[i].count && line >= e[i].first &&
		    line < e[i].first + e[i].count) {
			long off = line - e[i].first;

			if (off >= (long)e[i].ntext)
				off = e[i].ntext ? (long)e[i].ntext - 1 : 0;
			return e[i].first + delta + off;
		}
		if (e[i].first + e[i].count <= line &&
		    (e[i].count || e[i].first <= line))
			delta += (long)e[i].ntext - e[i].count;
	}
	return line + delta;
}
