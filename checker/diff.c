// SPDX-License-Identifier: GPL-2.0-only
/*
 * A unified diff written from the edits themselves rather than found by
 * comparing texts: wqcheck knows exactly which lines it replaced, so the
 * hunks are exact and cost nothing to find.
 */
#include "diff.h"

#include <ctype.h>
#include <string.h>

#define FUNC_MAX 80 /* git keeps this much of the function line */

/* The last line above @line (1-based) that starts with a letter, _ or $. */
static void func_context(struct strbuf *out, const struct src_text *t,
			 long line)
{
	long l;

	for (l = line - 1; l >= 1; l--) {
		const char *s = t->line[l - 1];
		size_t n = strlen(s);

		if (!isalpha((unsigned char)*s) && *s != '_' && *s != '$')
			continue;
		if (n > FUNC_MAX)
			n = FUNC_MAX;
		while (n && isspace((unsigned char)s[n - 1]))
			n--;
		sb_putc(out, ' ');
		sb_add(out, s, n);
		return;
	}
}

static void range(struct strbuf *out, long start, long count)
{
	if (count == 1)
		sb_printf(out, "%ld", start);
	else
		sb_printf(out, "%ld,%ld", count ? start : start - 1, count);
}

static void old_line(struct strbuf *out, const struct src_text *t, char kind,
		     long l)
{
	sb_putc(out, kind);
	sb_puts(out, t->line[l - 1]);
	sb_putc(out, '\n');
	if ((size_t)l == t->n && t->no_final_newline)
		sb_puts(out, "\\ No newline at end of file\n");
}

/* One hunk: edits @e[0..n), with their context. */
static void hunk(struct strbuf *out, const struct src_text *t,
		 const struct line_edit *e, size_t n, long delta,
		 struct diff_stat *st)
{
	long start = e[0].first - DIFF_CONTEXT, end, l, oc, nc;
	size_t i, k;
	struct strbuf body = { 0 };

	if (start < 1)
		start = 1;
	end = e[n - 1].first + e[n - 1].count - 1 + DIFF_CONTEXT;
	if (end > (long)t->n)
		end = (long)t->n;
	oc = nc = 0;
	l = start;
	for (i = 0; i < n; i++) {
		for (; l < e[i].first; l++, oc++, nc++)
			old_line(&body, t, ' ', l);
		for (k = 0; k < (size_t)e[i].count; k++, l++, oc++)
			old_line(&body, t, '-', l);
		for (k = 0; k < e[i].ntext; k++, nc++) {
			sb_printf(&body, "+%s\n", e[i].text[k]);
		}
		st->removed += e[i].count;
		st->added += (long)e[i].ntext;
	}
	for (; l <= end; l++, oc++, nc++)
		old_line(&body, t, ' ', l);
	sb_puts(out, "@@ -");
	range(out, start, oc);
	sb_puts(out, " +");
	range(out, start + delta, nc);
	sb_puts(out, " @@");
	func_context(out, t, start);
	sb_putc(out, '\n');
	sb_add(out, body.buf ? body.buf : "", body.len);
	sb_free(&body);
}

void diff_hunks(struct strbuf *out, const struct src_text *t,
		const struct line_edit *e, size_t n, struct diff_stat *st)
{
	long delta = 0;
	size_t i = 0, j;

	st->added = st->removed = 0;
	while (i < n) {
		long d = 0;

		/* Edits whose contexts touch share a hunk, as in git. */
		for (j = i + 1; j < n; j++) {
			long gap = e[j].first - (e[j - 1].first + e[j - 1].count);

			if (gap > 2 * DIFF_CONTEXT)
				break;
		}
		hunk(out, t, e + i, j - i, delta, st);
		for (; i < j; i++)
			d += (long)e[i].ntext - e[i].count;
		delta += d;
	}
}
