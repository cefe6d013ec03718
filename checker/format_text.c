// SPDX-License-Identifier: GPL-2.0-only
/*
 * gcc-style text: "path:line:col: warning: message [wqcheck/rule]", one
 * line per finding, which editors, grep and CI log parsers all read.
 * With -v the store and the check are shown below it, the way gcc
 * shows the code it warns about.
 */
#include <stdlib.h>
#include <string.h>

#include "format.h"
#include "util.h"

/* Tabs expanded to 8 columns, as gcc echoes source lines. */
static char *expand_tabs(const char *s, long upto, long *col)
{
	struct strbuf sb = { 0 };
	long i;

	*col = -1;
	for (i = 0; s[i]; i++) {
		if (i == upto)
			*col = (long)sb.len;
		if (s[i] == '\t') {
			do
				sb_putc(&sb, ' ');
			while (sb.len % 8);
		} else {
			sb_putc(&sb, s[i]);
		}
	}
	if (*col < 0)
		*col = (long)sb.len;
	return sb_detach(&sb);
}

/*
 * Records give the store's line, not its column: find its text on the
 * line (the first line of it, for a store written over several lines),
 * else what it stores to, else the line's first word.
 */
static long find_store(const char *line, const struct record *rec, long *len)
{
	const char *expr = rec->f[REC_STORE_EXPR];
	const char *target = rec->f[REC_STORE_TARGET];
	char *first = xstrndup(expr, strcspn(expr, "\n"));
	const char *p = *first ? strstr(line, first) : NULL;

	*len = (long)strlen(first);
	if (!p && *target) {
		p = strstr(line, target);
		*len = (long)strlen(target);
	}
	if (!p) {
		p = line + strspn(line, " \t");
		*len = (long)strcspn(p, ";");
	}
	free(first);
	if (*len > (long)strlen(p))
		*len = (long)strlen(p);
	return (long)(p - line);
}

static int width_of(long n)
{
	int w = 1;

	while (n >= 10) {
		n /= 10;
		w++;
	}
	return w;
}

static void show_line(FILE *out, const char *src, long lineno, long col,
		      long len, int width)
{
	long dcol, i;
	char *exp = expand_tabs(src, col, &dcol);

	fprintf(out, " %*ld | %s\n", width, lineno, exp);
	fprintf(out, " %*s | %*s^", width, "", (int)dcol, "");
	for (i = 1; i < len; i++)
		fputc('~', out);
	fputc('\n', out);
	free(exp);
}

static void show_code(FILE *out, const struct record *rec)
{
	char *check = source_line(rec->path, rec->line);
	char *store = rec->store_line ?
			      source_line(rec->path, rec->store_line) :
			      NULL;
	long max = rec->line > rec->store_line ? rec->line : rec->store_line;
	long len = rec->column_end > rec->column ?
			   rec->column_end - rec->column :
			   1;

	if (store) {
		long slen, scol = find_store(store, rec, &slen);

		show_line(out, store, rec->store_line, scol, slen,
			  width_of(max));
	}
	if (check)
		show_line(out, check, rec->line, rec->column, len,
			  width_of(max));
	free(check);
	free(store);
}

/* The waiters of the queue, as gcc prints the notes of a diagnostic. */
static void show_notes(FILE *out, const struct record *rec)
{
	size_t i;

	for (i = 0; i < rec->nnotes; i++) {
		char *path = escape_path(rec->notes[i].file);

		fprintf(out, "%s:%ld:1: note: %s\n", path, rec->notes[i].line,
			rec->notes[i].text);
		free(path);
	}
}

int format_text(FILE *out, const struct report *r)
{
	size_t i;

	for (i = 0; i < r->n; i++) {
		const struct record *rec = r->v[i];
		char *path = escape_path(rec->path);

		fprintf(out, "%s:%ld:%ld: warning: %s [wqcheck/%s]\n", path,
			rec->line, report_column(rec), rec->f[REC_MESSAGE],
			rec->f[REC_RULE]);
		free(path);
		if (r->opt->verbose)
			show_code(out, rec);
		show_notes(out, rec);
	}
	source_line(NULL, 0);
	return fflush(out) || ferror(out) ? -1 : 0;
}
