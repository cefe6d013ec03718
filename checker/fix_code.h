/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * For the fix files only (fix.c, fix_comment.c): a file's text as code,
 * with comments and literals blanked, and the questions the planner asks
 * about it: does control run straight from one line to another, does
 * anything store between them, does a statement start its line. Plain
 * scans of the text, not a parser; each answers "no" when unsure.
 */
#ifndef WQCHECK_FIX_CODE_H
#define WQCHECK_FIX_CODE_H

#include <stddef.h>

#include "fix.h"
#include "records.h"
#include "util.h"

#define TAB_WIDTH 8

struct code {
	const struct src_text *t;
	char **code; /* code[0] is line 1 as code only */
};

/* @t's lines as code only; free with free_strv(v, t->n). */
char **code_lines(const struct src_text *t);
/* Line @line (1-based) as code, "" outside the file. */
const char *code_at(const struct code *c, long line);

static inline const char *skip_space(const char *s)
{
	while (*s == ' ' || *s == '\t')
		s++;
	return s;
}

static inline int blank(const char *s)
{
	return !*skip_space(s);
}

/* The width of @s on screen, tabs to the next multiple of 8. */
static inline size_t width_of(const char *s)
{
	size_t w = 0;

	for (; *s; s++)
		w = *s == '\t' ? (w / TAB_WIDTH + 1) * TAB_WIDTH : w + 1;
	return w;
}

static inline char *indent_of(const char *line)
{
	return xstrndup(line, (size_t)(skip_space(line) - line));
}

/*
 * Lines @from to @to - 1 run straight into line @to: no jump target, no
 * preprocessor conditional, every block they open closed.
 */
int code_straight(const struct code *c, long from, long to);
/* No line from @from to @to - 1 stores or calls what might. */
int code_no_stores(const struct code *c, long from, long to);
/* The statement from line @stmt to the test at (@line, @col) declares. */
int code_is_declaration(const struct code *c, long stmt, long line, long col);
/* The first line of the comment block right above line @l, or @l. */
long code_above_comment(const struct code *c, long l);
/* A label alone on its line: "out:", "case 1:", "default:". */
int code_bare_label(const char *s);
/* The statement holding the test starts line @stmt: nothing before it. */
int code_stmt_alone(const struct code *c, long stmt, long line, long col);
/* The test of @rec is where the record says. */
int code_test_in_place(const struct code *c, const struct record *rec);
/* The wrong barrier of @rec can become smp_mb() where it stands. */
int code_barrier_replaceable(const struct code *c, const struct record *rec,
			     long stmt);
/* The test at (@line, @col) is the one-line unbraced body of the if at @stmt. */
int code_unbraced_body(const struct code *c, long stmt, long line, long col);
/* The atomic operation on line @store is the last statement before @point. */
int code_right_after(const struct code *c, long store, long point);

#endif
