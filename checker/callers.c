// SPDX-License-Identifier: GPL-2.0-only
/*
 * The second pass. A helper that tests a wait queue with no barrier and
 * no store of its own (a store-in-caller finding of the first pass)
 * leaves the store to its callers, so each call of it is then the check.
 * The rules name the tests they start from in one regular expression,
 * on the line after a marker comment; the second pass runs a copy of
 * each rule file with the helpers' names there instead. Coccinelle
 * cannot take a set of names from its command line other than through
 * a Python constraint, which it would call for every call in the file.
 */
#include "callers.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "pass.h"
#include "prefilter.h"
#include "records.h"
#include "reduce.h"
#include "results.h"
#include "util.h"

#define NAMES_MARK "// wqcheck: check names\n"

/*
 * The wait-list tests themselves (a name the rules start from that is no
 * enqueue, as reduce.c tells them apart): their definitions are no
 * helpers.
 */
static int is_check_name(const char *name)
{
	size_t n = strlen(name);

	return prefilter_is_ident(name, n) && !prefilter_is_wait_name(name, n);
}

/* The helpers whose callers the pass looks at. */
struct helpers {
	char **names; /* pointing into the first pass's records */
	const char **home; /* the .c file that defines each, or NULL */
	size_t n;
};

/* Whether @path defines function @name with the word static before it. */
static int defined_static(const char *path, const char *name)
{
	const char *const names[] = { name };
	struct matcher *m = matcher_new(names, 1);
	struct reduced red;
	char *buf;
	size_t len, i;
	int yes = 0;

	if (read_file(path, &buf, &len)) {
		matcher_free(m);
		return 0;
	}
	reduce_text(buf, len, m, &red);
	for (i = 0; i < red.nfuncs; i++) {
		const struct rfunc *f = &red.funcs[i];
		const char *p = buf + f->start;

		if (!f->name || strcmp(f->name, name))
			continue;
		yes = 1;
		while ((p = memmem(p, (size_t)(buf + f->open - p), "static",
				   6)) &&
		       ((p > buf && is_ident_char((unsigned char)p[-1])) ||
			is_ident_char((unsigned char)p[6])))
			p += 6;
		if (!p)
			yes = 0; /* one definition that is not static */
	}
	reduced_free(&red);
	free(buf);
	matcher_free(m);
	return yes;
}

/* A helper's own record: the store-in-caller of a test with no store. */
static int is_storeless(const struct record *rec)
{
	return !strcmp(rec->f[REC_RULE], "store-in-caller") &&
	       *rec->f[REC_FUNCTION] && rec->confidence == CONF_LOW &&
	       !*rec->f[REC_STORE_TARGET] &&
	       !is_check_name(rec->f[REC_FUNCTION]);
}

/*
 * Whether the storeless call in @rec (of the records from @from on) makes
 * a helper of the next level: a static function of a .c file that no
 * other file's record names and that was no helper before @from.
 */
static int next_level(const struct scan_result *r, size_t from,
		      const struct record *rec)
{
	const char *fn = rec->f[REC_FUNCTION];
	size_t i;

	if (path_is_header(rec->path))
		return 0;
	for (i = 0; i < r->nrecs; i++)
		if (!strcmp(r->recs[i].f[REC_FUNCTION], fn) &&
		    ((i < from && is_storeless(&r->recs[i])) ||
		     strcmp(r->recs[i].path, rec->path)))
			return 0;
	return defined_static(rec->path, fn);
}

/*
 * The helpers found testing a wait queue with no barrier and no store of
 * their own: by the first pass (@from 0), or, one level up, by the
 * callers pass (the records from @from on; next_level()). A helper's
 * home is the .c file that defines it, whose callers count only in that
 * same file; NULL for a header's inline wrapper, followed to its
 * callers everywhere.
 */
static void find_helpers(const struct scan_result *r, size_t from,
			 struct helpers *h)
{
	size_t i, j, k = 0;

	h->names = xcalloc(r->nrecs + 1, sizeof(*h->names));
	h->home = xcalloc(r->nrecs + 1, sizeof(*h->home));
	for (i = from; i < r->nrecs; i++) {
		const struct record *rec = &r->recs[i];
		const char *fn = rec->f[REC_FUNCTION];

		if (!is_storeless(rec))
			continue;
		for (j = 0; j < k && strcmp(h->names[j], fn); j++)
			;
		if (j == k && (!from || next_level(r, from, rec))) {
			h->names[k] = (char *)fn;
			h->home[k++] = path_is_header(rec->path) ? NULL : rec->path;
		} else if (j < k && h->home[j] &&
			   strcmp(h->home[j], rec->path)) {
			h->home[j] = NULL; /* defined in several places */
		}
	}
	h->n = k;
}

/*
 * Drop the records from @first on that are calls of a helper defined in
 * another .c file: a function of the same name there is another function.
 */
static void drop_foreign(struct scan_result *r, size_t first,
			 const struct helpers *h)
{
	size_t i, j, out = first;

	for (i = first; i < r->nrecs; i++) {
		struct record *rec = &r->recs[i];
		int keep = 1;

		for (j = 0; j < h->n; j++)
			if (!strcmp(rec->f[REC_CHECK], h->names[j]) &&
			    h->home[j] && strcmp(h->home[j], rec->path))
				keep = 0;
		if (keep)
			r->recs[out++] = *rec;
		else
			record_free(rec);
	}
	r->nrecs = out;
}

/*
 * @text with the quoted regular expression on the line after the marker
 * replaced by one that matches exactly @names; NULL without a marker.
 */
static char *with_names(const char *text, char *const *names, size_t n)
{
	const char *mark = strstr(text, NAMES_MARK), *open, *close, *eol;
	struct strbuf sb = { 0 };
	size_t i;

	if (!mark || (mark != text && mark[-1] != '\n'))
		return NULL;
	mark += strlen(NAMES_MARK);
	eol = strchr(mark, '\n');
	open = strstr(mark, "=~ \"");
	if (!eol || !open || open > eol)
		return NULL;
	open += 4;
	close = memchr(open, '"', (size_t)(eol - open));
	if (!close)
		return NULL;
	sb_add(&sb, text, (size_t)(open - text));
	sb_puts(&sb, "^(");
	for (i = 0; i < n; i++)
		sb_printf(&sb, "%s%s", i ? "|" : "", names[i]);
	sb_puts(&sb, ")$");
	sb_puts(&sb, close);
	return sb_detach(&sb);
}

int callers_rule_copy(const char *rule, const char *dir, size_t idx,
		      char *const *names, size_t n, char **out)
{
	char *text = NULL, *copy, *path;
	size_t len;
	int fd, ret = -1;

	*out = NULL;
	if (read_file(rule, &text, &len)) {
		wq_error("%s: %s", rule, strerror(errno));
		return -1;
	}
	copy = with_names(text, names, n);
	free(text);
	if (!copy)
		return 0; /* this rule file does not follow helpers */
	path = xasprintf("%s/callers-%zu.cocci", dir, idx);
	fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0600);
	if (fd < 0 || write_all(fd, copy, strlen(copy)) | close(fd)) {
		wq_error("%s: %s", path, strerror(errno));
		free(path);
	} else {
		*out = path;
		ret = 0;
	}
	free(copy);
	return ret;
}

struct callers {
	struct pass pass;
	struct helpers h;
	char *dir; /* the rule files' copies are there */
	char **rules;
	size_t nrules;
	char *callees; /* "-D callees=a,b" */
	const char *defines[3];
	struct matcher *names, *elsewhere;
};

/* The helpers defined in headers, whose callers may be anywhere. */
static struct matcher *in_headers(const struct helpers *h)
{
	const char **v = xcalloc(h->n + 1, sizeof(*v));
	struct matcher *m = NULL;
	size_t i, k = 0;

	for (i = 0; i < h->n; i++)
		if (!h->home[i])
			v[k++] = h->names[i];
	if (k)
		m = matcher_new(v, k);
	free(v);
	return m;
}

/* The rule files that follow helpers, copied to start from them. */
static int copy_rules(struct callers *c, char *const *rules, size_t nrules)
{
	size_t i;

	c->rules = xcalloc(nrules + 1, sizeof(*c->rules));
	for (i = 0; i < nrules; i++) {
		if (callers_rule_copy(rules[i], c->dir, i, c->h.names, c->h.n,
				      &c->rules[c->nrules]))
			return -1;
		c->nrules += c->rules[c->nrules] != NULL;
	}
	return 0;
}

/*
 * "callees=a,b": the rules' -D, and what the pass's records depend on
 * (the cache key), in sorted order: the first pass's records come in
 * another order from the cache than from spatch.
 */
static char *callees_define(const struct helpers *h)
{
	struct strbuf sb = { 0 };
	char **v = xcalloc(h->n + 1, sizeof(*v));
	size_t i;

	memcpy(v, h->names, h->n * sizeof(*v));
	sort_array(v, h->n, sizeof(*v), cmp_strings);
	sb_puts(&sb, "callees=");
	for (i = 0; i < h->n; i++)
		sb_printf(&sb, "%s%s", i ? "," : "", v[i]);
	free(v);
	return sb_detach(&sb);
}

/* The pass: the copied rule files over the callers of the helpers. */
static void make_pass(struct callers *c)
{
	c->callees = callees_define(&c->h);
	c->defines[0] = "wqcheck";
	c->defines[1] = "callers";
	c->defines[2] = c->callees;
	c->names = matcher_new((const char *const *)c->h.names, c->h.n);
	c->elsewhere = in_headers(&c->h);
	c->pass = (struct pass){
		.rules = c->rules,
		.nrules = c->nrules,
		.names = c->names,
		.tests = c->names,
		.only = c->h.home,
		.nonly = c->h.n,
		.elsewhere = c->elsewhere,
		.defines = c->defines,
		.ndefines = ARRAY_SIZE(c->defines),
		.key = c->callees,
		.pasted = 1,
	};
}

int callers_plan(const struct pass *first, const struct scan_result *res,
		 size_t from, struct callers **out, size_t *nhelpers)
{
	struct callers *c = xcalloc(1, sizeof(*c));

	*out = NULL;
	find_helpers(res, from, &c->h);
	*nhelpers = c->h.n;
	if (!c->h.n) {
		callers_done(c, NULL, 0);
		return 0;
	}
	c->dir = make_temp_dir("wqcheck-rules");
	if (!c->dir || copy_rules(c, first->rules, first->nrules)) {
		callers_done(c, NULL, 0);
		return -1;
	}
	make_pass(c);
	*out = c;
	return 0;
}

const struct pass *callers_pass(const struct callers *c)
{
	return c->nrules ? &c->pass : NULL;
}

void callers_done(struct callers *c, struct scan_result *res, size_t first)
{
	if (!c)
		return;
	if (res)
		drop_foreign(res, first, &c->h);
	if (c->rules)
		free_strv(c->rules, c->nrules);
	if (c->dir) {
		remove_tree(c->dir);
		free(c->dir);
	}
	matcher_free(c->names);
	matcher_free(c->elsewhere);
	free(c->callees);
	free(c->h.names);
	free(c->h.home);
	free(c);
}
