// SPDX-License-Identifier: GPL-2.0-only
/*
 * JSON, built with json-c: one object per finding in "findings", and
 * beside it what could not be checked, so that a script reading the
 * findings also learns when the scan was incomplete.
 */
#include <json-c/json.h>
#include <stdlib.h>

#include "baseline.h"
#include "format.h"
#include "util.h"

/* Length of the valid UTF-8 sequence at @s, or 0 if there is none. */
static size_t utf8_len(const unsigned char *s)
{
	size_t n, i;
	unsigned long c;

	if (s[0] < 0x80)
		return 1;
	if (s[0] >= 0xc2 && s[0] <= 0xdf)
		n = 2;
	else if (s[0] >= 0xe0 && s[0] <= 0xef)
		n = 3;
	else if (s[0] >= 0xf0 && s[0] <= 0xf4)
		n = 4;
	else
		return 0;
	c = s[0] & (0x3f >> (n - 1));
	for (i = 1; i < n; i++) {
		if ((s[i] & 0xc0) != 0x80)
			return 0;
		c = c << 6 | (s[i] & 0x3f);
	}
	/* Overlong forms, surrogates and past U+10FFFF are not UTF-8. */
	if ((n == 3 && c < 0x800) || (n == 4 && c < 0x10000) ||
	    (c >= 0xd800 && c <= 0xdfff) || c > 0x10ffff)
		return 0;
	return n;
}

/*
 * A JSON string must be UTF-8, and a file name (or code) need not be:
 * each byte that is not part of valid UTF-8 becomes U+FFFD.
 */
static json_object *new_string(const char *v)
{
	const unsigned char *s = (const unsigned char *)v;
	struct strbuf sb = { 0 };
	json_object *o;
	size_t n;

	for (; *s; s += n ? n : 1) {
		n = utf8_len(s);
		if (n)
			sb_add(&sb, (const char *)s, n);
		else
			sb_puts(&sb, "\xef\xbf\xbd");
	}
	o = json_object_new_string(sb.buf ? sb.buf : "");
	sb_free(&sb);
	return o;
}

static void put_str(json_object *o, const char *key, const char *v)
{
	json_object_object_add(o, key, new_string(v));
}

static void put_int(json_object *o, const char *key, long v)
{
	json_object_object_add(o, key, json_object_new_int64(v));
}

/* An empty field is "not known": null rather than "". */
static void put_opt(json_object *o, const char *key, const char *v)
{
	json_object_object_add(o, key, *v ? new_string(v) : NULL);
}

static json_object *finding(const struct record *rec)
{
	json_object *o = json_object_new_object(), *store = NULL, *wake;
	json_object *wrong = NULL;
	char *fp = baseline_fingerprint(rec);

	put_str(o, "file", rec->path);
	put_int(o, "line", rec->line);
	put_int(o, "column", report_column(rec));
	put_int(o, "end_column", rec->column_end + 1);
	put_str(o, "function", rec->f[REC_FUNCTION]);
	put_str(o, "rule", rec->f[REC_RULE]);
	put_str(o, "confidence", rec->f[REC_CONFIDENCE]);
	put_str(o, "check", rec->f[REC_CHECK]);
	put_str(o, "wait_queue", rec->f[REC_WAIT_QUEUE]);
	if (*rec->f[REC_STORE_EXPR]) {
		store = json_object_new_object();
		put_str(store, "expr", rec->f[REC_STORE_EXPR]);
		put_opt(store, "target", rec->f[REC_STORE_TARGET]);
		put_int(store, "line", rec->store_line);
		put_opt(store, "kind", rec->f[REC_STORE_KIND]);
	}
	json_object_object_add(o, "store", store);
	wake = json_object_new_object();
	put_opt(wake, "function", rec->f[REC_WAKE]);
	json_object_object_add(
		wake, "line",
		rec->wake_line ? json_object_new_int64(rec->wake_line) : NULL);
	json_object_object_add(o, "wake", wake);
	put_opt(o, "between", rec->f[REC_BETWEEN]);
	put_str(o, "suggested_fix", rec->f[REC_SUGGESTED_FIX]);
	put_str(o, "message", rec->f[REC_MESSAGE]);
	json_object_object_add(
		o, "stmt_line",
		rec->stmt_line ? json_object_new_int64(rec->stmt_line) : NULL);
	if (*rec->f[REC_WRONG_BARRIER]) {
		wrong = json_object_new_object();
		put_str(wrong, "name", rec->f[REC_WRONG_BARRIER]);
		put_int(wrong, "line", rec->wrong_barrier_line);
	}
	json_object_object_add(o, "wrong_barrier", wrong);
	put_str(o, "fingerprint", fp);
	free(fp);
	return o;
}

static json_object *not_checked(const struct scan_result *s)
{
	json_object *a = json_object_new_array();
	size_t i;

	for (i = 0; i < s->nnc; i++) {
		json_object *o = json_object_new_object();

		put_str(o, "file", s->nc[i].path);
		put_str(o, "reason", s->nc[i].reason);
		json_object_array_add(a, o);
	}
	return a;
}

static json_object *unparsed(const struct scan_result *s)
{
	json_object *a = json_object_new_array();
	size_t i;

	for (i = 0; i < s->nunparsed; i++) {
		const struct unparsed *u = &s->unparsed[i];
		json_object *o = json_object_new_object();

		put_str(o, "file", u->path);
		json_object_object_add(o, "function",
				       u->function ? new_string(u->function) :
						     NULL);
		put_int(o, "line", u->line);
		put_int(o, "end_line", u->last);
		json_object_array_add(a, o);
	}
	return a;
}

static json_object *stats(const struct scan_stats *st)
{
	json_object *o = json_object_new_object(), *t;

	put_int(o, "files", (long)st->files);
	put_int(o, "candidate_files", (long)st->candidates);
	put_int(o, "files_from_cache", (long)st->from_cache);
	put_int(o, "files_parsed", (long)st->parsed);
	put_int(o, "functions_checked", (long)st->funcs_kept);
	put_int(o, "functions_skipped", (long)st->funcs_blanked);
	put_int(o, "spatch_batches", (long)st->batches);
	t = json_object_new_object();
	json_object_object_add(t, "walk", json_object_new_double(st->t_walk));
	json_object_object_add(t, "read", json_object_new_double(st->t_read));
	json_object_object_add(t, "reduce",
			       json_object_new_double(st->t_reduce));
	json_object_object_add(t, "spatch",
			       json_object_new_double(st->t_spatch));
	json_object_object_add(t, "total", json_object_new_double(st->t_total));
	json_object_object_add(o, "seconds", t);
	return o;
}

int format_json(FILE *out, const struct report *r)
{
	json_object *root = json_object_new_object(), *a;
	size_t i;
	int ret;

	put_str(root, "tool", "wqcheck");
	put_str(root, "version", WQCHECK_VERSION);
	a = json_object_new_array();
	for (i = 0; i < r->n; i++)
		json_object_array_add(a, finding(r->v[i]));
	json_object_object_add(root, "findings", a);
	put_int(root, "hidden_by_baseline", (long)r->hidden);
	json_object_object_add(root, "not_checked", not_checked(r->scan));
	json_object_object_add(root, "unparsed", unparsed(r->scan));
	if (r->opt->stats)
		json_object_object_add(root, "stats", stats(&r->scan->st));
	fputs(json_object_to_json_string_ext(
		      root, JSON_C_TO_STRING_PRETTY | JSON_C_TO_STRING_SPACED |
				    JSON_C_TO_STRING_NOSLASHESCAPE),
	      out);
	fputc('\n', out);
	json_object_put(root);
	ret = fflush(out) || ferror(out) ? -1 : 0;
	return ret;
}
