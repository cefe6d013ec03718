// SPDX-License-Identifier: GPL-2.0-only
/*
 * A file's text as lines, the same lines as code only, and the questions
 * fix.c asks about them before it puts a barrier anywhere. This file only
 * reads text; it does not know about files or git.
 */
#include "fix_code.h"

#include <stdlib.h>
#include <string.h>

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
char **code_lines(const struct src_text *t)
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

/* ---- questions about the code between two lines ---- */

const char *code_at(const struct code *c, long line)
{
	return line >= 1 && (size_t)line <= c->t->n ? c->code[line - 1] : "";
}

/* "name:" at the start of @s (not "::"), "case ...:" or "default:". */
static int is_label(const char *s)
{
	const char *p = skip_space(s), *q = p;

	if (!strncmp(p, "case", 4) && !is_ident_char(p[4]))
		return 1;
	if (!is_ident_start(*p))
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
int code_straight(const struct code *c, long from, long to)
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
int code_no_stores(const struct code *c, long from, long to)
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
int code_is_declaration(const struct code *c, long stmt, long line, long col)
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
		if (is_ident_start(*p)) {
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
long code_above_comment(const struct code *c, long l)
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
int code_bare_label(const char *s)
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
int code_stmt_alone(const struct code *c, long stmt, long line, long col)
{
	const char *s = code_at(c, stmt);
	size_t n = stmt == line ? strnlen(s, (size_t)col) : strlen(s);

	if (is_label(s) || *skip_space(s) == '#')
		return 0;
	return !memchr(s, ';', n) && !memchr(s, '{', n) && !memchr(s, '}', n);
}

/* The test is where the record says: its name at its line and column. */
int code_test_in_place(const struct code *c, const struct record *rec)
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

int code_barrier_replaceable(const struct code *c,
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
	return code_straight(c, w + 1, stmt) && code_no_stores(c, w + 1, stmt);
}

/*
 * The atomic operation on line @store is the last statement before line
 * @point: smp_mb__after_atomic() there orders it, and everything before
 * it, on every path. Only blank and comment lines may come between.
 */
int code_right_after(const struct code *c, long store, long point)
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

/* The code of @s ends with @ch, blanks after it aside. */
static int ends_with(const char *s, char ch)
{
	size_t n = strlen(s);

	while (n && (s[n - 1] == ' ' || s[n - 1] == '\t'))
		n--;
	return n && s[n - 1] == ch;
}

static int starts_word(const char *s, const char *w)
{
	size_t k = strlen(w);

	s = skip_space(s);
	return !strncmp(s, w, k) && !is_ident_char(s[k]);
}

/*
 * Lines @stmt to @line - 1 are the head of an if, "if (...)" and nothing
 * else, and line @line, from the test at @col, is its whole body: one
 * statement on one line, with no else after it. Then braces around that
 * line make room for a barrier between the condition and the test.
 */
int code_unbraced_body(const struct code *c, long stmt, long line, long col)
{
	const char *body = code_at(c, line);
	long l, depth = 0;

	if (line <= stmt || !starts_word(code_at(c, stmt), "if"))
		return 0;
	for (l = stmt; l < line; l++) {
		const char *s = code_at(c, l);

		if (strpbrk(s, ";{}#"))
			return 0;
		for (; *s; s++)
			depth += (*s == '(') - (*s == ')');
	}
	/* The head's text ends with its ")", no comment after it. */
	if (depth || !ends_with(c->t->line[line - 2], ')'))
		return 0;
	if (!code_stmt_alone(c, line, line, col) || !ends_with(body, ';') ||
	    strchr(body, ';') != strrchr(body, ';') || strpbrk(body, "{}"))
		return 0;
	for (l = line + 1; (size_t)l <= c->t->n && blank(code_at(c, l)); l++)
		;
	return !starts_word(code_at(c, l), "else");
}
