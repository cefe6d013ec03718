// SPDX-License-Identifier: GPL-2.0-only
/*
 * Reading what spatch said. It names the files by the copies it was
 * given, "<tmpdir>/b3/17.c": the index leads back to the candidate.
 */
#include "spatch_output.h"

#include <stdlib.h>
#include <string.h>

#include "prefilter.h"
#include "records.h"
#include "results.h"
#include "scan_read.h"
#include "util.h"

/* "<tmpdir>/b3/17.c" -> 17, or -1 if it is none of ours. */
static long file_index(const struct spatch_reader *r, const char *name)
{
	const char *base = strrchr(name, '/');
	char *end;
	long i;

	base = base ? base + 1 : name;
	i = strtol(base, &end, 10);
	if (end == base || (strcmp(end, ".c") && strcmp(end, ".h")) || i < 0 ||
	    (size_t)i >= r->files->n)
		return -1;
	return i;
}

static int is_waiter_line(const char *p, size_t n)
{
	size_t t = strlen(WAITER_TAG);

	return n > t && !memcmp(p, WAITER_TAG, t) && p[t] == '\t';
}

/* The file field of a record that did not parse, to know whose it was. */
static long raw_file_index(const struct spatch_reader *r, const char *line,
			   size_t n)
{
	const char *a = memchr(line, '\t', n), *b, *c;
	char *file;
	long i;

	if (is_waiter_line(line, n))
		a = line + strlen(WAITER_TAG) - 1; /* the file is field 2 */
	b = a ? memchr(a + 1, '\t', (size_t)(line + n - a - 1)) : NULL;
	c = b ? memchr(b + 1, '\t', (size_t)(line + n - b - 1)) : NULL;
	if (!c)
		return -1;
	file = xstrndup(b + 1, (size_t)(c - b - 1));
	i = file_index(r, file);
	free(file);
	return i;
}

/* A record wqcheck cannot read: its file counts as not checked. */
static void bad_record(struct spatch_reader *r, const char *line, size_t n,
		       const char *err)
{
	long i = raw_file_index(r, line, n);

	if (!(*r->warned)++)
		wq_warn("spatch printed a record wqcheck cannot read (%s): "
			"are the rule files newer than wqcheck?",
			err);
	if (i >= 0)
		cfile_fail(&r->files->v[i], r->res,
			   xasprintf("spatch printed a record wqcheck "
				     "cannot read (%s)",
				     err));
}

/* One line: a waker's record or a waiter's, to its file's results. */
static void take_line(struct spatch_reader *r, const char *p, size_t n)
{
	int waiter = is_waiter_line(p, n);
	struct record rec;
	struct waiter w;
	char err[128];
	int ret = waiter ? waiter_parse(p, n, &w, err, sizeof(err)) :
			   record_parse(p, n, &rec, err, sizeof(err));
	long i;

	if (ret < 0)
		bad_record(r, p, n, err);
	if (ret != 1)
		return;
	i = file_index(r, waiter ? w.f[W_FILE] : rec.f[REC_FILE]);
	if (i < 0) {
		if (waiter)
			waiter_free(&w);
		else
			record_free(&rec);
		return;
	}
	cache_entry_record(&r->files->v[i].entry, p, n);
	if (waiter)
		results_add_waiter(r->res, &w, r->files->v[i].path);
	else
		results_add_record(r->res, &rec, r->files->v[i].path);
}

/* A test the rules saw: its file's test is analysed. */
static int take_test(struct spatch_reader *r, const char *p, size_t n)
{
	char *name = NULL, *file;
	long line, i;

	file = account_test_file(p, n, &line, &name);
	if (!file)
		return 0;
	i = file_index(r, file);
	if (i >= 0) {
		struct cfile *f = &r->files->v[i];

		account_mark(&f->tests, line, name);
		cache_entry_record(&f->entry, p, n);
		account_take_line(r->res, p, n, f->path);
	}
	free(file);
	free(name);
	return 1;
}

void spatch_take_records(struct spatch_reader *r, const char *out, size_t len)
{
	const char *p = out, *end = out + len;

	while (p < end) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		size_t n = (size_t)((nl ? nl : end) - p);

		if (!take_test(r, p, n))
			take_line(r, p, n);
		p = nl ? nl + 1 : end;
	}
}

static void unparsed_entry(struct spatch_reader *r, struct cfile *f,
			   const char *fn, long line, long last)
{
	cache_entry_unparsed(&f->entry, line, last, fn);
	if (line)
		account_unparsed(&f->tests, line, last);
	results_add_unparsed(r->res, f->path, fn, line, last);
}

/* Whether the region spatch printed mentions one of the pass's names. */
static int mentions(const struct spatch_reader *r, const struct diag *d)
{
	struct strbuf text = { 0 };
	size_t i;
	int ret;

	for (i = 0; i < d->nlines; i++) {
		sb_puts(&text, d->lines[i]);
		sb_putc(&text, '\n');
	}
	ret = text.len && matcher_mentions(r->names, text.buf, text.len);
	sb_free(&text);
	return ret;
}

/* Whether function @fn of @f holds a test of a wait list. */
static int holds_test(const struct cfile *f, size_t fn)
{
	size_t i;

	for (i = 0; i < f->tests.n; i++)
		if (f->tests.v[i].func == (long)fn)
			return 1;
	return 0;
}

/*
 * A region spatch could not parse: which checked function it hides. A
 * function kept only as context (a caller whose locks count, a callee
 * whose stores do) that neither holds a test nor is named in the region
 * hides nothing: the rules that read it assume nothing of what they
 * cannot see (every call of a function must be seen for its callers'
 * locks to count).
 */
static void map_bad_region(struct spatch_reader *r, struct cfile *f,
			   const struct diag *d)
{
	size_t idx[32], n, i;
	long first, last;
	int named = mentions(r, d);

	if (reduce_locate_lines(&f->red, d->lines, d->nlines, f->bad_from,
				&first)) {
		if (named)
			unparsed_entry(r, f, NULL, 0, 0);
		return;
	}
	last = first + (long)d->nlines - 1;
	f->bad_from = last + 1;
	n = reduce_funcs_in_lines(&f->red, first, last, idx, ARRAY_SIZE(idx));
	for (i = 0; i < n && i < ARRAY_SIZE(idx); i++) {
		const struct rfunc *fn = &f->red.funcs[idx[i]];

		if (named || holds_test(f, idx[i]))
			unparsed_entry(r, f, fn->name ? fn->name : "?",
				       fn->name_line, fn->close_line);
	}
	if (!n && named)
		unparsed_entry(r, f, NULL, first, last);
}

static char *exn_reason(const struct spatch_reader *r, const char *exn)
{
	if (strstr(exn, "Timeout"))
		return xasprintf("spatch timed out after %ld s (--timeout)",
				 r->timeout);
	return xasprintf("spatch failed on it: %s", exn);
}

void spatch_take_diags(struct spatch_reader *r, const char *err, size_t len)
{
	struct diag *d;
	size_t n, i;

	diag_parse(err, len, &d, &n);
	for (i = 0; i < n; i++) {
		long k = file_index(r, d[i].file);
		struct cfile *f;

		if (k < 0)
			continue;
		f = &r->files->v[k];
		if (d[i].kind == DIAG_BAD)
			map_bad_region(r, f, &d[i]);
		else if (!f->failed)
			cfile_fail(f, r->res, exn_reason(r, d[i].text));
	}
	diag_free(d, n);
}

/* spatch's own progress lines: they say nothing about a failure. */
static int is_chatter(const char *s, size_t n)
{
	static const char *const prefixes[] = {
		"HANDLING: ", "init_defs_builtins", "Skipping:",  "(ONCE)",
		"bad: ",      "BAD:!!!!! ",	    "badcount: ",
	};
	size_t i;

	for (i = 0; i < ARRAY_SIZE(prefixes); i++)
		if (n >= strlen(prefixes[i]) &&
		    !memcmp(s, prefixes[i], strlen(prefixes[i])))
			return 1;
	return 0;
}

char *spatch_last_error(const char *err, size_t len)
{
	const char *e = err ? err : "";
	const char *end = e + len;

	while (end > e) {
		const char *start = end;
		size_t n;

		while (start > e && start[-1] != '\n')
			start--;
		n = (size_t)(end - start);
		while (n && (start[n - 1] == '\n' || start[n - 1] == ' '))
			n--;
		if (n && !is_chatter(start, n))
			return xstrndup(start, n > 200 ? 200 : n);
		end = start > e ? start - 1 : e;
	}
	return xstrdup("");
}
