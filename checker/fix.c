// SPDX-License-Identifier: GPL-2.0-only
/*
 * The fix for each finding of a file: where the barrier goes, which one,
 * what its comment says, and the edited text.
 *
 * The record says where the statement holding the test starts
 * (stmt_line); a barrier inserted right before it runs after the store
 * and before the test on every path. A barrier that does not order a
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

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

#define TAB_WIDTH 8
#define COMMENT_WIDTH 80 /* coding-style.rst: the preferred line length */
#define LINE_LIMIT 100 /* checkpatch.pl's --max-line-length default */

void src_text_init(struct src_text *t, const char *buf, size_t len)
{
	size_t i, cap = 16;
	char *p;

	memset(t, 0, sizeof(*t));
	t->copy = xmalloc(len + 1);
	memcpy(t->copy, buf, len);
	t->copy[len] = '\0';
	t->line = xmalloc(cap * sizeof(*t->line));
	p = t->copy;
	for (i = 0; i < len;) {
		char *nl = memchr(p, '\n', len - i);

		if (t->n == cap) {
			cap *= 2;
			t->line = xrealloc(t->line, cap * sizeof(*t->line));
		}
		t->line[t->n++] = p;
		if (!nl) {
			t->no_final_newline = 1;
			break;
		}
		*nl = '\0';
		i += (size_t)(nl - p) + 1;
		p = nl + 1;
	}
}

void src_text_free(struct src_text *t)
{
	free(t->copy);
	free(t->line);
	memset(t, 0, sizeof(*t));
}

/* ---- the text with comments and literals blanked ---- */

/*
 * Each line as code only: comments, string and character literals turned
 * into spaces, so that braces, labels and assignments can be found with
 * a plain scan. Preprocessor lines are kept as they are.
 */
static char **code_lines(const struct src_text *t)
{
	char **code = xcalloc(t->n + 1, sizeof(*code));
	int in_comment = 0;
	size_t l;

	for (l = 0; l < t->n; l++) {
		char *c = xstrdup(t->line[l]);
		size_t i, n = strlen(c);
		char quote = 0;

		for (i = 0; i < n; i++) {
			if (in_comment) {
				if (c[i] == '*' && c[i + 1] == '/') {
					c[i] = c[i + 1] = ' ';
					i++;
					in_comment = 0;
				} else {
					c[i] = ' ';
				}
			} else if (quote) {
				if (c[i] == '\\' && i + 1 < n) {
					c[i] = c[i + 1] = ' ';
					i++;
				} else if (c[i] == quote) {
					quote = 0;
				} else {
					c[i] = ' ';
				}
			} else if (c[i] == '/' && c[i + 1] == '*') {
				c[i] = c[i + 1] = ' ';
				i++;
				in_comment = 1;
			} else if (c[i] == '/' && c[i + 1] == '/') {
				memset(c + i, ' ', n - i);
				break;
			} else if (c[i] == '"' || c[i] == '\'') {
				quote = c[i];
			}
		}
		code[l] = c;
	}
	return code;
}

static void free_lines(char **v, size_t n)
{
	size_t i;

	if (!v)
		return;
	for (i = 0; i < n; i++)
		free(v[i]);
	free(v);
}

static const char *skip_space(const char *s)
{
	while (*s == ' ' || *s == '\t')
		s++;
	return s;
}

static int blank(const char *s)
{
	return !*skip_space(s);
}

/* The width of @s on screen, tabs to the next multiple of 8. */
static size_t width_of(const char *s)
{
	size_t w = 0;

	for (; *s; s++)
		w = *s == '\t' ? (w / TAB_WIDTH + 1) * TAB_WIDTH : w + 1;
	return w;
}

static char *indent_of(const char *line)
{
	return xstrndup(line, (size_t)(skip_space(line) - line));
}

/* ---- questions about the code between two lines ---- */

struct ctx {
	const struct src_text *t;
	char **code;
};

static const char *code_at(const struct ctx *c, long line)
{
	return line >= 1 && (size_t)line <= c->t->n ? c->code[line - 1] : "";
}

/* "name:" at the start of @s (not "::"), "case ...:" or "default:". */
static int is_label(const char *s)
{
	const char *p = skip_space(s), *q = p;

	if (!strncmp(p, "case", 4) && !is_ident_char(p[4]))
		return 1;
	if (!isalpha((unsigned char)*p) && *p != '_')
		return 0;
	while (is_ident_char(*q))
		q++;
	q = skip_space(q);
	return *q == ':' && q[1] != ':';
}

/*
 * Lines @from to @to - 1 run straight into line @to: no jump target
 * (label, case) at their level, no preprocessor conditional, and they
 * close every block they open. Then whatever runs at the start of @from
 * also runs before @to, on every path that reaches @to.
 */
static int straight(const struct ctx *c, long from, long to)
{
	long l, depth = 0;

	for (l = from; l < to; l++) {
		const char *s = code_at(c, l);

		if (*skip_space(s) == '#')
			return 0;
		if (depth == 0 && is_label(s))
			return 0;
		for (; *s; s++) {
			if (*s == '{')
				depth++;
			else if (*s == '}' && --depth < 0)
				return 0;
		}
	}
	return depth == 0;
}

/* Calls that store nothing another CPU's condition could read. */
static int harmless_call(const char *name, size_t n)
{
	static const char *const prefix[] = {
		"spin_unlock", "raw_spin_unlock", "read_unlock",
		"write_unlock", "mutex_unlock", "local_irq_restore",
		"local_irq_enable", "pr_", "printk", "dev_dbg", "dev_info",
		"dev_warn", "dev_err", "dev_notice", "trace_", "WARN",
		"BUG", "lockdep_", "likely", "unlikely", "READ_ONCE",
		"smp_load_acquire", "atomic_read", "atomic64_read",
		"atomic_long_read", "test_bit", "list_empty", "sizeof",
		"typeof", "if", "while", "for", "switch", "return",
	};
	size_t i;

	for (i = 0; i < ARRAY_SIZE(prefix); i++) {
		size_t k = strlen(prefix[i]);

		if (n >= k && !strncmp(name, prefix[i], k))
			return 1;
	}
	return 0;
}

/*
 * No line from @from to @to - 1 stores or calls something that might:
 * an assignment, ++, --, or a call that is not known to be harmless.
 */
static int no_stores(const struct ctx *c, long from, long to)
{
	long l;

	for (l = from; l < to; l++) {
		const char *s = code_at(c, l), *p;

		if (strstr(s, "++") || strstr(s, "--"))
			return 0;
		for (p = s; *p; p++) {
			if (*p == '=' && p[1] != '=' &&
			    (p == s || !strchr("=!<>", p[-1]) ||
			     (p - s >= 2 && (p[-2] == '<' || p[-2] == '>') &&
			      p[-1] == p[-2])))
				return 0;
			if (*p == '(' && p > s) {
				const char *e = p, *b;

				while (e > s && (e[-1] == ' ' || e[-1] == '\t'))
					e--;
				b = e;
				while (b > s && is_ident_char(b[-1]))
					b--;
				if (b < e && !harmless_call(b, (size_t)(e - b)))
					return 0;
			}
		}
	}
	return 1;
}

/*
 * Whether the statement that starts on line @stmt and holds the test at
 * (@line, @col) declares a variable: "bool active = waitqueue_active(q)".
 * A statement before it would mix declarations and code.
 */
static int is_declaration(const struct ctx *c, long stmt, long line, long col)
{
	static const char *const not_types[] = {
		"return", "case", "goto", "else", "do", "if", "while",
		"for", "switch",
	};
	struct strbuf sb = { 0 };
	const char *p;
	long l;
	int idents = 0, ret = 0;
	size_t i;

	for (l = stmt; l <= line; l++) {
		const char *s = code_at(c, l);

		if (l == line)
			sb_add(&sb, s, strnlen(s, (size_t)col));
		else
			sb_puts(&sb, s);
		sb_putc(&sb, ' ');
	}
	p = skip_space(sb.buf);
	for (i = 0; i < ARRAY_SIZE(not_types); i++) {
		size_t k = strlen(not_types[i]);

		if (!strncmp(p, not_types[i], k) && !is_ident_char(p[k]))
			goto out;
	}
	while (*p) {
		p = skip_space(p);
		if (isalpha((unsigned char)*p) || *p == '_') {
			while (is_ident_char(*p))
				p++;
			idents++;
		} else if (*p == '*') {
			p++;
		} else if (*p == '[') {
			p = strchr(p, ']');
			if (!p)
				goto out;
			p++;
		} else {
			break;
		}
	}
	ret = *p == '=' && p[1] != '=' && idents >= 2;
out:
	sb_free(&sb);
	return ret;
}

/*
 * The first line of the comment block that ends right above line @l, or
 * @l when there is none. A barrier goes above the test's own comment so
 * that the comment stays with the test.
 */
static long above_comment(const struct ctx *c, long l)
{
	long k = l - 1;

	while (k >= 1 && blank(code_at(c, k)) && !blank(c->t->line[k - 1]))
		k--;
	if (k + 1 < l) {
		const char *s = skip_space(c->t->line[k]);

		if (!strncmp(s, "/*", 2) || !strncmp(s, "//", 2))
			return k + 1;
	}
	return l;
}

/* A label alone on its line: "out:", "case 1:", "default:". */
static int bare_label(const char *s)
{
	const char *colon;

	if (!is_label(s))
		return 0;
	colon = strchr(s, ':');
	return colon && blank(colon + 1);
}

/*
 * The statement holding the test starts its line: nothing before it on
 * line @stmt but blanks (no label, no end of another statement), so that
 * a line inserted above runs right before it.
 */
static int stmt_alone(const struct ctx *c, long stmt, long line, long col)
{
	const char *s = code_at(c, stmt);
	size_t n = stmt == line ? strnlen(s, (size_t)col) : strlen(s);

	if (is_label(s) || *skip_space(s) == '#')
		return 0;
	return !memchr(s, ';', n) && !memchr(s, '{', n) && !memchr(s, '}', n);
}

/* ---- words for the comment ---- */

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
static char *comment_text(struct fix_note *const *notes, size_t n)
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
	free_lines(stores, ns);
	free_lines(tests, nt);
	free_lines(pairs, np);
	return sb_detach(&sb);
}

/* Append @s to the growing array of lines @v. */
static void push_line(char ***v, size_t *n, char *s)
{
	*v = xrealloc(*v, (*n + 1) * sizeof(**v));
	(*v)[(*n)++] = s;
}

/*
 * @text as a kernel comment at @indent: one line when it fits in 80
 * columns, else "/ *", " * " lines wrapped at 80 columns, " * /".
 */
static void comment_lines(const char *indent, const char *text, char ***v,
			  size_t *n)
{
	size_t iw = width_of(indent), room, len;
	const char *p = text;
	struct strbuf sb = { 0 };

	if (iw + strlen(text) + 6 <= COMMENT_WIDTH) {
		push_line(v, n, xasprintf("%s/* %s */", indent, text));
		return;
	}
	push_line(v, n, xasprintf("%s/*", indent));
	room = COMMENT_WIDTH > iw + 3 + 20 ? COMMENT_WIDTH - iw - 3 : 20;
	while (*p) {
		const char *word = p;
		size_t wl;

		while (*p && *p != ' ')
			p++;
		wl = (size_t)(p - word);
		len = sb.len;
		if (len && len + 1 + wl > room) {
			push_line(v, n, xasprintf("%s * %s", indent,
						  sb.buf));
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
		push_line(v, n, xasprintf("%s * %s", indent, sb.buf));
	sb_free(&sb);
	push_line(v, n, xasprintf("%s */", indent));
}

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

/* The test is where the record says: its name at its line and column. */
static int test_in_place(const struct ctx *c, const struct record *rec)
{
	const char *name = rec->f[REC_CHECK];
	const char *s;
	size_t k = strlen(name);

	if (rec->line < 1 || (size_t)rec->line > c->t->n || !k)
		return 0;
	s = c->t->line[rec->line - 1];
	if (rec->column < 0 || (size_t)rec->column > strlen(s))
		return 0;
	s += rec->column;
	return !strncmp(s, name, k) && *skip_space(s + k) == '(';
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
	struct ctx c;
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
static int rename_fits(const struct ctx *c, const struct record *rec,
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
		    straight(&pl->c, b->point, point))
			return b;
	}
	return NULL;
}

static int wrong_barrier_replaceable(const struct ctx *c,
				     const struct record *rec, long stmt)
{
	long w = rec->wrong_barrier_line;
	const char *name = rec->f[REC_WRONG_BARRIER], *s;
	size_t k = strlen(name);

	if (w < 1 || w >= stmt || !k)
		return 0;
	s = skip_space(code_at(c, w));
	if (strncmp(s, name, k))
		return 0;
	s = skip_space(s + k);
	if (*s != '(')
		return 0;
	s = skip_space(s + 1);
	if (*s != ')')
		return 0;
	s = skip_space(s + 1);
	if (*s != ';' || !blank(s + 1))
		return 0;
	return straight(c, w + 1, stmt) && no_stores(c, w + 1, stmt);
}

/*
 * The atomic operation on line @store is the last statement before line
 * @point: smp_mb__after_atomic() there orders it, and everything before
 * it, on every path. Only blank and comment lines may come between.
 */
static int right_after(const struct ctx *c, long store, long point)
{
	long l = store;

	if (store < 1 || store >= point)
		return 0;
	/* The statement may go on over a few lines. */
	while (l < point && !strchr(code_at(c, l), ';'))
		l++;
	if (l >= point)
		return 0;
	for (l++; l < point; l++)
		if (!blank(code_at(c, l)))
			return 0;
	return 1;
}

static void plan_barrier(struct planner *pl, struct fix_note *note, long stmt)
{
	const struct record *rec = note->rec;
	long point, replace = 0;
	const char *kind = barrier_of(rec);
	struct barrier *b;

	if (wrong_barrier_replaceable(&pl->c, rec, stmt)) {
		replace = rec->wrong_barrier_line;
		point = replace;
	} else {
		point = above_comment(&pl->c, stmt);
		if (rec->wrong_barrier_line)
			note->kept_line = rec->wrong_barrier_line;
	}
	/* Away from its atomic, smp_mb__after_atomic() may order nothing. */
	if (!strcmp(kind, "smp_mb__after_atomic()") &&
	    !right_after(&pl->c, rec->store_line, point))
		kind = "smp_mb()";
	note->barrier = kind;
	note->at = replace ? replace : stmt;
	b = covering(pl, rec, point);
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
	if (!test_in_place(&pl->c, rec)) {
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
	while (stmt < rec->line && (bare_label(code_at(&pl->c, stmt)) ||
				    blank(code_at(&pl->c, stmt))))
		stmt++;
	if (!stmt_alone(&pl->c, stmt, rec->line, rec->column) ||
	    is_declaration(&pl->c, stmt, rec->line, rec->column)) {
		if (to) {
			plan_rename(pl, note, to);
			return;
		}
		note->why = xstrdup("the statement of the test initialises a "
				    "declaration or shares its line: no "
				    "barrier can go right before it");
		return;
	}
	plan_barrier(pl, note, stmt);
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

static struct line_edit barrier_edit(const struct planner *pl,
				     const struct barrier *b)
{
	const struct src_text *t = pl->c.t;
	struct line_edit e = { .first = b->point, .count = b->replace ? 1 : 0 };
	char *indent = indent_of(t->line[(b->replace ? b->replace : b->at) - 1]);
	char *text = comment_text(b->notes, b->nnotes);
	const char *tail = b->replace ? trailing_comment(t->line[b->replace - 1]) :
					"";
	size_t i;

	comment_lines(indent, text, &e.text, &e.ntext);
	push_line(&e.text, &e.ntext,
		  xasprintf("%s%.*s;%s", indent,
			    (int)strlen(b->kind), b->kind, tail));
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
		push_line(&e.text, &e.ntext, s);
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
		long e = find_edit(p, b->point, b->replace ? 1 : 0);

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
	free_lines(pl.c.code, t->n);
}

void fix_plan_free(struct fix_plan *p)
{
	size_t i;

	for (i = 0; i < p->nedits; i++)
		free_lines(p->edits[i].text, p->edits[i].ntext);
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
