// SPDX-License-Identifier: GPL-2.0-only
/*
 * The parser of spatch's output. Records are tab-separated lines with a
 * tag in front (cocci/RECORDS.md); anything else on standard output is
 * not a record, so a stray print in a rule cannot be taken for one.
 */
#include "records.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

static const char *const conf_names[] = { "", "low", "medium", "high" };

enum confidence confidence_from_name(const char *s)
{
	int i;

	for (i = CONF_LOW; i <= CONF_HIGH; i++)
		if (!strcmp(s, conf_names[i]))
			return (enum confidence)i;
	return CONF_NONE;
}

const char *confidence_name(enum confidence c)
{
	return conf_names[c <= CONF_HIGH ? c : CONF_NONE];
}

/* Undo RECORDS.md's escaping: \\, \t, \n; any other backslash is kept. */
static char *unescape(const char *s, size_t n)
{
	char *out = xmalloc(n + 1), *o = out;
	size_t i;

	for (i = 0; i < n; i++) {
		if (s[i] == '\\' && i + 1 < n) {
			char c = s[i + 1];

			if (c == '\\' || c == 't' || c == 'n') {
				*o++ = c == 't' ? '\t' : c == 'n' ? '\n' : '\\';
				i++;
				continue;
			}
		}
		*o++ = s[i];
	}
	*o = '\0';
	return out;
}

void record_escape_field(struct strbuf *sb, const char *s)
{
	for (; *s; s++) {
		if (*s == '\\')
			sb_puts(sb, "\\\\");
		else if (*s == '\t')
			sb_puts(sb, "\\t");
		else if (*s == '\n')
			sb_puts(sb, "\\n");
		else
			sb_putc(sb, *s);
	}
}

/* A line number: digits only; empty is "not known" (0) when @optional. */
static int parse_number(const char *s, int optional, long *out)
{
	char *end;

	if (!*s && optional) {
		*out = 0;
		return 0;
	}
	if (*s < '0' || *s > '9')
		return -1;
	errno = 0;
	*out = strtol(s, &end, 10);
	return *end || errno ? -1 : 0;
}

static int check_fields(struct record *rec, char *err, size_t errlen)
{
	const char *what = NULL;

	if (parse_number(rec->f[REC_LINE], 0, &rec->line) || rec->line < 1)
		what = "line";
	else if (parse_number(rec->f[REC_COLUMN], 0, &rec->column))
		what = "column";
	else if (parse_number(rec->f[REC_COLUMN_END], 1, &rec->column_end))
		what = "column_end";
	else if (parse_number(rec->f[REC_STORE_LINE], 1, &rec->store_line))
		what = "store_line";
	else if (parse_number(rec->f[REC_WAKE_LINE], 1, &rec->wake_line))
		what = "wake_line";
	else if (parse_number(rec->f[REC_STMT_LINE], 1, &rec->stmt_line))
		what = "stmt_line";
	else if (parse_number(rec->f[REC_WRONG_BARRIER_LINE], 1,
			      &rec->wrong_barrier_line))
		what = "wrong_barrier_line";
	else if (!(rec->confidence =
			   confidence_from_name(rec->f[REC_CONFIDENCE])))
		what = "confidence";
	else if (!*rec->f[REC_RULE])
		what = "rule";
	else if (!*rec->f[REC_MESSAGE])
		what = "message";
	if (!what)
		return 0;
	snprintf(err, errlen, "bad %s field", what);
	return -1;
}

char **record_split(const char *line, size_t len, size_t *n)
{
	const char *p = line, *end = line + len;
	char **v = NULL;

	if (len && line[len - 1] == '\r')
		end--;
	*n = 0;
	for (;;) {
		const char *tab = memchr(p, '\t', (size_t)(end - p));
		const char *stop = tab ? tab : end;

		v = xrealloc(v, (*n + 1) * sizeof(*v));
		v[(*n)++] = unescape(p, (size_t)(stop - p));
		if (!tab)
			break;
		p = tab + 1;
	}
	return v;
}

int record_parse(const char *line, size_t len, struct record *rec, char *err,
		 size_t errlen)
{
	size_t n, i, tag_len = strlen(RECORD_TAG);
	char **v;

	/* The tag alone or followed by a tab; "wqcheck-record-10" is not it. */
	if (len && line[len - 1] == '\r')
		len--;
	if (len < tag_len || memcmp(line, RECORD_TAG, tag_len) ||
	    (len > tag_len && line[tag_len] != '\t'))
		return 0;
	memset(rec, 0, sizeof(*rec));
	v = record_split(line, len, &n);
	for (i = 0; i < n; i++)
		if (i < REC_NFIELDS)
			rec->f[i] = v[i];
		else
			free(v[i]);
	free(v);
	if (n < REC_MIN_FIELDS) {
		snprintf(err, errlen, "%zu fields, not at least %d", n,
			 REC_MIN_FIELDS);
		goto bad;
	}
	for (; n < REC_NFIELDS; n++)
		rec->f[n] = xstrdup("");
	if (check_fields(rec, err, errlen))
		goto bad;
	return 1;
bad:
	record_free(rec);
	return -1;
}

static void notes_free(struct note *v, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		free(v[i].file);
		free(v[i].text);
	}
	free(v);
}

void record_add_note(struct record *rec, const char *file, long line,
		     char *text)
{
	struct note *n;

	rec->notes = xrealloc(rec->notes,
			      (rec->nnotes + 1) * sizeof(*rec->notes));
	n = &rec->notes[rec->nnotes++];
	n->file = xstrdup(file);
	n->line = line;
	n->text = text;
}

char ***record_list(const char *field, char sep, int nsub, size_t *n)
{
	char ***v = NULL;
	const char *p = field;

	*n = 0;
	while (*p) {
		const char *e = strchr(p, ';'), *q = p;
		const char *stop = e ? e : p + strlen(p);
		char **parts = xcalloc((size_t)nsub, sizeof(*parts));
		int i;

		for (i = 0; i < nsub; i++) {
			const char *c = i < nsub - 1 ?
						memchr(q, sep, (size_t)(stop - q)) :
						NULL;
			const char *end = c ? c : stop;

			parts[i] = xstrndup(q, (size_t)(end - q));
			q = c ? c + 1 : stop;
		}
		v = xrealloc(v, (*n + 1) * sizeof(*v));
		v[(*n)++] = parts;
		p = e ? e + 1 : stop;
	}
	return v;
}

void record_list_free(char ***v, size_t n, int nsub)
{
	size_t i;

	for (i = 0; i < n; i++)
		free_strv(v[i], (size_t)nsub);
	free(v);
}

void record_free(struct record *rec)
{
	int i;

	for (i = 0; i < REC_NFIELDS; i++)
		free(rec->f[i]);
	notes_free(rec->notes, rec->nnotes);
	free(rec->path);
	memset(rec, 0, sizeof(*rec));
}

void record_copy(struct record *dst, const struct record *src)
{
	int i;

	*dst = *src;
	for (i = 0; i < REC_NFIELDS; i++)
		dst->f[i] = xstrdup(src->f[i] ? src->f[i] : "");
	dst->path = src->path ? xstrdup(src->path) : NULL;
	dst->notes = NULL;
	dst->nnotes = 0;
	for (i = 0; i < (int)src->nnotes; i++)
		record_add_note(dst, src->notes[i].file, src->notes[i].line,
				xstrdup(src->notes[i].text));
}

char *record_format(const struct record *rec)
{
	struct strbuf sb = { 0 };
	int i;

	for (i = 0; i < REC_NFIELDS; i++) {
		if (i)
			sb_putc(&sb, '\t');
		record_escape_field(&sb, rec->f[i] ? rec->f[i] : "");
	}
	return sb_detach(&sb);
}

/* ---- spatch's standard error ---- */

struct dparser {
	struct diag *d;
	size_t n, cap;
	char *file; /* from the last "HANDLING: " line */
};

static struct diag *new_diag(struct dparser *p, enum diag_kind kind,
			     const char *file)
{
	struct diag *d;

	if (p->n == p->cap) {
		p->cap = p->cap ? p->cap * 2 : 8;
		p->d = xrealloc(p->d, p->cap * sizeof(*p->d));
	}
	d = &p->d[p->n++];
	memset(d, 0, sizeof(*d));
	d->kind = kind;
	d->file = xstrdup(file ? file : "");
	return d;
}

static int starts(const char *s, size_t n, const char *prefix)
{
	size_t k = strlen(prefix);

	return n >= k && !memcmp(s, prefix, k);
}

/* "EXN: Coccinelle_modules.Common.Timeout in dir/3.c" */
static void parse_exn(struct dparser *p, const char *s, size_t n)
{
	const char *in = NULL, *q;
	struct diag *d;

	/* After "EXN: ": "EXN: in x" has no exception text before " in ". */
	for (q = s + 5; q + 4 <= s + n; q++)
		if (!memcmp(q, " in ", 4))
			in = q;
	if (in) {
		char *file = xstrndup(in + 4, (size_t)(s + n - in - 4));

		d = new_diag(p, DIAG_EXN, file);
		free(file);
		d->text = xstrndup(s + 5, (size_t)(in - s - 5));
	} else {
		d = new_diag(p, DIAG_EXN, p->file);
		d->text = xstrndup(s + 5, n - 5);
	}
}

static void add_line(struct diag *d, const char *s, size_t n)
{
	d->lines = xrealloc(d->lines, (d->nlines + 1) * sizeof(*d->lines));
	d->lines[d->nlines++] = xstrndup(s, n);
}

void diag_parse(const char *text, size_t len, struct diag **out, size_t *nout)
{
	struct dparser p = { 0 };
	const char *s = text, *end = text + len;
	struct diag *bad = NULL;

	while (s < end) {
		const char *nl = memchr(s, '\n', (size_t)(end - s));
		size_t n = (size_t)((nl ? nl : end) - s);

		if (bad && starts(s, n, "bad: ")) {
			add_line(bad, s + 5, n - 5);
		} else if (bad && starts(s, n, "BAD:!!!!! ")) {
			add_line(bad, s + 10, n - 10);
		} else {
			bad = NULL;
			if (starts(s, n, "HANDLING: ")) {
				free(p.file);
				p.file = xstrndup(s + 10, n - 10);
			} else if (starts(s, n, "badcount: ")) {
				bad = new_diag(&p, DIAG_BAD, p.file);
			} else if (starts(s, n, "EXN: ")) {
				parse_exn(&p, s, n);
			}
		}
		s = nl ? nl + 1 : end;
	}
	free(p.file);
	*out = p.d;
	*nout = p.n;
}

void diag_free(struct diag *d, size_t n)
{
	size_t i, j;

	for (i = 0; i < n; i++) {
		free(d[i].file);
		free(d[i].text);
		for (j = 0; j < d[i].nlines; j++)
			free(d[i].lines[j]);
		free(d[i].lines);
	}
	free(d);
}
