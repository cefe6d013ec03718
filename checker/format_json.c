// SPDX-License-Identifier: GPL-2.0-only
/*
 * JSON, built with json-c: one object per finding in "findings", and
 * beside it what could not be checked, so that a script reading the
 * findings also learns when the scan was incomplete.
 */
#include <stdlib.h>

#include "baseline.h"
#include "format.h"
#include "json_out.h"
#include "util.h"

/* The waiters the judge paired with the finding (records.h notes). */
static json_object *waiters(const struct record *rec)
{
	json_object *a = json_object_new_array();
	size_t i;

	for (i = 0; i < rec->nnotes; i++) {
		json_object *w = json_object_new_object();

		json_put_str(w, "file", rec->notes[i].file);
		json_put_int(w, "line", rec->notes[i].line);
		json_put_str(w, "note", rec->notes[i].text);
		json_object_array_add(a, w);
	}
	return a;
}

static json_object *finding(const struct record *rec, int judged)
{
	json_object *o = json_object_new_object(), *store = NULL, *wake;
	json_object *wrong = NULL;
	char *fp = baseline_fingerprint(rec);

	json_put_str(o, "file", rec->path);
	json_put_int(o, "line", rec->line);
	json_put_int(o, "column", report_column(rec));
	json_put_int(o, "end_column", rec->column_end + 1);
	json_put_str(o, "function", rec->f[REC_FUNCTION]);
	json_put_str(o, "rule", rec->f[REC_RULE]);
	json_put_str(o, "confidence", rec->f[REC_CONFIDENCE]);
	json_put_str(o, "check", rec->f[REC_CHECK]);
	json_put_str(o, "wait_queue", rec->f[REC_WAIT_QUEUE]);
	if (*rec->f[REC_STORE_EXPR]) {
		store = json_object_new_object();
		json_put_str(store, "expr", rec->f[REC_STORE_EXPR]);
		json_put_opt(store, "target", rec->f[REC_STORE_TARGET]);
		json_put_int(store, "line", rec->store_line);
		json_put_opt(store, "kind", rec->f[REC_STORE_KIND]);
	}
	json_object_object_add(o, "store", store);
	wake = json_object_new_object();
	json_put_opt(wake, "function", rec->f[REC_WAKE]);
	json_object_object_add(
		wake, "line",
		rec->wake_line ? json_object_new_int64(rec->wake_line) : NULL);
	json_object_object_add(o, "wake", wake);
	json_put_opt(o, "between", rec->f[REC_BETWEEN]);
	json_put_str(o, "suggested_fix", rec->f[REC_SUGGESTED_FIX]);
	json_put_str(o, "message", rec->f[REC_MESSAGE]);
	json_object_object_add(
		o, "stmt_line",
		rec->stmt_line ? json_object_new_int64(rec->stmt_line) : NULL);
	if (*rec->f[REC_WRONG_BARRIER]) {
		wrong = json_object_new_object();
		json_put_str(wrong, "name", rec->f[REC_WRONG_BARRIER]);
		json_put_int(wrong, "line", rec->wrong_barrier_line);
	}
	json_object_object_add(o, "wrong_barrier", wrong);
	json_put_str(o, "fingerprint", fp);
	if (judged) /* --waiters: the waiters found, maybe none */
		json_object_object_add(o, "waiters", waiters(rec));
	free(fp);
	return o;
}

static json_object *not_checked(const struct scan_result *s)
{
	json_object *a = json_object_new_array();
	size_t i;

	for (i = 0; i < s->nnc; i++) {
		json_object *o = json_object_new_object();

		json_put_str(o, "file", s->nc[i].path);
		json_put_str(o, "reason", s->nc[i].reason);
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

		json_put_str(o, "file", u->path);
		json_object_object_add(o, "function",
				       u->function ? json_str(u->function) :
						     NULL);
		json_put_int(o, "line", u->line);
		json_put_int(o, "end_line", u->last);
		json_object_array_add(a, o);
	}
	return a;
}

/* The tests of a wait list the rules did not see (account.h). */
static json_object *not_analysed(const struct scan_result *s)
{
	json_object *a = json_object_new_array();
	size_t i;

	for (i = 0; i < s->nuna; i++) {
		const struct unanalysed *u = &s->una[i];
		json_object *o = json_object_new_object();

		json_put_str(o, "file", u->path);
		json_put_int(o, "line", u->line);
		json_put_str(o, "test", u->test);
		json_put_str(o, "reason", u->kind);
		json_put_str(o, "message", u->why);
		json_object_array_add(a, o);
	}
	return a;
}

static json_object *stats(const struct scan_result *s)
{
	const struct scan_stats *st = &s->st;
	json_object *o = json_object_new_object(), *t;

	json_put_int(o, "files", (long)st->files);
	json_put_int(o, "candidate_files", (long)st->candidates);
	json_put_int(o, "files_from_cache", (long)st->from_cache);
	json_put_int(o, "files_parsed", (long)st->parsed);
	json_put_int(o, "functions_checked", (long)st->funcs_kept);
	json_put_int(o, "functions_skipped", (long)st->funcs_blanked);
	json_put_int(o, "spatch_batches", (long)st->batches);
	json_put_int(o, "tests_seen", (long)(st->tests_analysed + s->nuna));
	json_put_int(o, "tests_analysed", (long)st->tests_analysed);
	json_put_int(o, "tests_not_analysed", (long)s->nuna);
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

	json_put_str(root, "tool", "wqcheck");
	json_put_str(root, "version", WQCHECK_VERSION);
	a = json_object_new_array();
	for (i = 0; i < r->n; i++)
		json_object_array_add(a, finding(r->v[i], r->opt->waiters));
	json_object_object_add(root, "findings", a);
	json_put_int(root, "hidden_by_baseline", (long)r->hidden);
	json_object_object_add(root, "not_checked", not_checked(r->scan));
	json_object_object_add(root, "unparsed", unparsed(r->scan));
	json_object_object_add(root, "not_analysed", not_analysed(r->scan));
	if (r->opt->stats)
		json_object_object_add(root, "stats", stats(r->scan));
	return json_write(out, root);
}
