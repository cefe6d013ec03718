// SPDX-License-Identifier: GPL-2.0-only
/*
 * wqcheck --patch: read the patch (patch_read.c), apply it to temporary
 * copies of the C files it touches, scan those copies (scan.c), keep
 * the findings the patch is responsible for, and place each at a line
 * of the patch. The tree itself is only read.
 *
 * A finding belongs to the patch when the patch adds its check line,
 * its store line, its wrong barrier or its wake-up, or when it removes
 * a line that ordered the store before the check (smp_mb(), a fully
 * ordered atomic, wq_has_sleeper(), the queue's lock, ...) and that sat
 * between the two. A finding the tree already had and the patch does
 * not touch is not shown, as checkpatch.pl shows nothing about lines a
 * patch does not change.
 */
#include "patch_check.h"

#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "filter.h"
#include "patch_read.h"
#include "util.h"

/* A file of the tree as the patch leaves it, in the temporary copy. */
struct copy {
	struct patch_file *pf; /* the last diff of this file */
	const char *path; /* in the tree (the diff's new path) */
	char *tmp_path;
	char *text;
	size_t len;
	int changed; /* it has hunks: worth a scan */
};

struct checker {
	const struct options *o;
	struct patch patch;
	char *patch_text; /* the patch's lines point into it */
	char *tmpdir;
	struct copy *copies;
	size_t ncopies;
	struct patch_finding *found;
	size_t nfound;
};

static int is_c_file(const char *path)
{
	size_t n = strlen(path);

	return n > 2 && path[n - 2] == '.' &&
	       (path[n - 1] == 'c' || path[n - 1] == 'h');
}

/* ---- the temporary copies ---- */

static void remove_tmpdir(struct checker *c)
{
	if (!c->tmpdir)
		return;
	remove_tree(c->tmpdir);
	free(c->tmpdir);
	c->tmpdir = NULL;
}

static int make_tmpdir(struct checker *c)
{
	c->tmpdir = make_temp_dir("wqcheck-patch");
	return c->tmpdir ? 0 : -1;
}

/* mkdir -p for the directories of @path, below the temporary dir. */
static int make_parents(struct checker *c, const char *path)
{
	char *p = xstrdup(path), *s = p + strlen(c->tmpdir) + 1;
	int ret = 0;

	while ((s = strchr(s, '/'))) {
		*s = '\0';
		if (mkdir(p, 0700) && errno != EEXIST) {
			wq_error("cannot make %s: %s", p, strerror(errno));
			ret = -1;
			break;
		}
		*s++ = '/';
	}
	free(p);
	return ret;
}

static int write_copy(struct checker *c, struct copy *cp)
{
	FILE *f;
	int ret = 0;

	cp->tmp_path = path_join(c->tmpdir, cp->path);
	if (make_parents(c, cp->tmp_path))
		return -1;
	f = fopen(cp->tmp_path, "w");
	if (!f || fwrite(cp->text, 1, cp->len, f) != cp->len)
		ret = -1;
	if (f && fclose(f))
		ret = -1;
	if (ret)
		wq_error("cannot write %s: %s", cp->tmp_path, strerror(errno));
	return ret;
}

static struct copy *find_copy(struct checker *c, const char *path)
{
	size_t i;

	for (i = c->ncopies; i-- > 0;)
		if (!strcmp(c->copies[i].path, path))
			return &c->copies[i];
	return NULL;
}

/*
 * Whether @path, a file under @root, is still inside @root with every
 * link followed: a patch's path is refused if it only looks inside.
 */
static int stays_in_tree(const char *root, const char *path)
{
	char r[PATH_MAX], p[PATH_MAX];
	size_t n;

	if (!realpath(root, r) || !realpath(path, p))
		return 1; /* not there: reading it says so */
	n = strlen(r);
	return !strcmp(r, "/") || (!strncmp(p, r, n) && p[n] == '/');
}

/*
 * One diff: its old text is what an earlier diff of the same input left
 * (a series in one mbox), else the tree's file, else nothing (new file).
 */
static int apply_one(struct checker *c, struct patch_file *pf)
{
	struct copy *prev = pf->old_path ? find_copy(c, pf->old_path) : NULL;
	struct copy *cp;
	char *old = NULL, *out, err[512];
	size_t oldlen = 0, outlen;
	int ret;

	if (!prev && pf->old_path) {
		const char *root = c->o->root ? c->o->root : ".";
		char *src = path_join(root, pf->old_path);

		/* a rename the tree already has: its file is the new one */
		if (access(src, F_OK) && errno == ENOENT &&
		    strcmp(pf->old_path, pf->new_path)) {
			char *dst = path_join(root, pf->new_path);

			if (!access(dst, F_OK)) {
				free(src);
				src = dst;
			} else {
				free(dst);
			}
		}
		if (!stays_in_tree(root, src)) {
			wq_error("%s: a symbolic link in the tree leads it out "
				 "of the tree (--root %s): refused",
				 pf->old_path, root);
			free(src);
			return -1;
		}
		if (read_file(src, &old, &oldlen)) {
			wq_error("%s: cannot read it in the tree: %s (give the "
				 "tree the patch applies to with --root)",
				 src, strerror(errno));
			free(src);
			return -1;
		}
		free(src);
	}
	ret = patch_apply(pf, prev ? prev->text : old,
			  prev ? prev->len : oldlen, &out, &outlen, err,
			  sizeof(err));
	free(old);
	if (ret) {
		wq_error("%s (--root %s)", err, c->o->root ? c->o->root : ".");
		return -1;
	}
	cp = find_copy(c, pf->new_path);
	if (!cp) {
		c->copies = xrealloc(c->copies,
				     (c->ncopies + 1) * sizeof(*c->copies));
		cp = &c->copies[c->ncopies++];
		memset(cp, 0, sizeof(*cp));
		cp->path = pf->new_path;
	}
	free(cp->text);
	cp->text = out;
	cp->len = outlen;
	cp->pf = pf;
	cp->changed |= pf->nhunks > 0;
	return 0;
}

static int make_copies(struct checker *c)
{
	size_t i;

	for (i = 0; i < c->patch.nfiles; i++) {
		struct patch_file *pf = &c->patch.files[i];

		if (pf->is_deleted || pf->is_binary || !is_c_file(pf->new_path))
			continue;
		if (apply_one(c, pf) || wq_interrupted)
			return -1;
	}
	for (i = 0; i < c->ncopies; i++)
		if (c->copies[i].changed && write_copy(c, &c->copies[i]))
			return -1;
	return 0;
}

/* ---- which findings are the patch's ---- */

/* Calls that order a store before a later load, or make the test safe. */
static int is_ordering_call(const char *name)
{
	static const char *const exact[] = {
		"smp_mb",
		"mb",
		"smp_store_mb",
		"set_current_state",
		"smp_mb__after_atomic",
		"smp_mb__before_atomic",
		"smp_mb__after_spinlock",
		"smp_mb__after_unlock_lock",
		"wq_has_sleeper",
		"swq_has_sleeper",
		"xchg",
		"cmpxchg",
		"cmpxchg64",
		"try_cmpxchg",
		"llist_add",
		"llist_add_batch",
		"llist_del_all",
		"wait_event",
	};
	size_t i, n = strlen(name);

	for (i = 0; i < ARRAY_SIZE(exact); i++)
		if (!strcmp(name, exact[i]))
			return 1;
	if (!strncmp(name, "atomic", 6) &&
	    ((n > 7 && !strcmp(name + n - 7, "_return")) ||
	     strstr(name, "_fetch_") || strstr(name, "xchg") ||
	     (n > 9 && !strcmp(name + n - 9, "_and_test"))))
		return 1;
	if (!strncmp(name, "test_and_", 9) && n > 4 &&
	    !strcmp(name + n - 4, "_bit"))
		return 1;
	return strstr(name, "spin_lock") || strstr(name, "spin_unlock");
}

/* Whether a removed line held such a call (comments do not count). */
static int removes_ordering(const char *text)
{
	const char *p = text + strspn(text, " \t");

	if (*p == '*' || !strncmp(p, "/*", 2) || !strncmp(p, "//", 2))
		return 0;
	while (*p) {
		const char *start;
		char *name;
		int hit;

		if (!isalpha((unsigned char)*p) && *p != '_') {
			if (*p == '/' && (p[1] == '/' || p[1] == '*'))
				return 0;
			p++;
			continue;
		}
		start = p;
		while (isalnum((unsigned char)*p) || *p == '_')
			p++;
		if (start > text &&
		    (isalnum((unsigned char)start[-1]) || start[-1] == '_'))
			continue;
		name = xstrndup(start, (size_t)(p - start));
		hit = is_ordering_call(name) && p[strspn(p, " \t")] == '(';
		free(name);
		if (hit)
			return 1;
	}
	return 0;
}

static const struct patch_line *added_at(const struct patch_file *pf, long line,
					 char kinds)
{
	size_t h, i;

	if (line <= 0)
		return NULL;
	for (h = 0; h < pf->nhunks; h++)
		for (i = 0; i < pf->hunks[h].nlines; i++) {
			const struct patch_line *pl = &pf->hunks[h].lines[i];

			if (pl->new_line == line &&
			    (pl->kind == '+' ||
			     (kinds == ' ' && pl->kind == ' ')))
				return pl;
		}
	return NULL;
}

/* The line of the function's opening brace above @line, or 1. */
static long function_start(const struct copy *cp, long line)
{
	const char *p = cp->text, *end = cp->text + cp->len;
	long n = 1, start = 1;

	while (p < end && n < line) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));

		if (*p == '{')
			start = n;
		if (!nl)
			break;
		p = nl + 1;
		n++;
	}
	return start;
}

/* A removed ordering line between the store and the check, or NULL. */
static const struct patch_line *removed_between(const struct copy *cp,
						const struct record *rec)
{
	const struct patch_file *pf = cp->pf;
	long from = rec->store_line, to = rec->line;
	size_t h, i;

	if (from <= 0)
		from = function_start(cp, to);
	if (from > to) {
		long t = from;

		from = to;
		to = t;
	}
	for (h = 0; h < pf->nhunks; h++)
		for (i = 0; i < pf->hunks[h].nlines; i++) {
			const struct patch_line *pl = &pf->hunks[h].lines[i];

			if (pl->kind == '-' && pl->new_line >= from &&
			    pl->new_line < to && removes_ordering(pl->text))
				return pl;
		}
	return NULL;
}

static void add_found(struct checker *c, const struct record *rec,
		      enum patch_why why, const struct patch_line *at,
		      long file_line)
{
	struct patch_finding *f;

	c->found = xrealloc(c->found, (c->nfound + 1) * sizeof(*c->found));
	f = &c->found[c->nfound++];
	memset(f, 0, sizeof(*f));
	f->rec = rec;
	f->why = why;
	f->patch_line = at->patch_line;
	f->file_line = file_line;
	f->raw = at->raw;
	f->rawlen = at->rawlen;
}

/*
 * The first reason that applies, in this order: the check, the store,
 * a wrong barrier, the wake-up; else a removed barrier. A removed one is
 * shown at the check when the hunk shows the check line, else at the
 * removed line itself.
 */
static void classify(struct checker *c, const struct copy *cp,
		     const struct record *rec)
{
	const struct {
		long line;
		enum patch_why why;
	} tries[] = {
		{ rec->line, WHY_CHECK },
		{ rec->store_line, WHY_STORE },
		{ rec->wrong_barrier_line, WHY_WRONG_BARRIER },
		{ rec->wake_line, WHY_WAKE },
	};
	const struct patch_line *pl, *rm;
	size_t i;

	for (i = 0; i < ARRAY_SIZE(tries); i++) {
		pl = added_at(cp->pf, tries[i].line, '+');
		if (pl) {
			add_found(c, rec, tries[i].why, pl, tries[i].line);
			return;
		}
	}
	rm = removed_between(cp, rec);
	if (!rm)
		return;
	pl = added_at(cp->pf, rec->line, ' ');
	add_found(c, rec, WHY_REMOVED, pl ? pl : rm, rec->line);
	c->found[c->nfound - 1].removed =
		xstrdup(rm->text + strspn(rm->text, " \t"));
	c->found[c->nfound - 1].removed_line = rm->patch_line;
}

static int cmp_found(const void *a, const void *b)
{
	const struct patch_finding *x = a, *y = b;

	if (x->patch_line != y->patch_line)
		return x->patch_line < y->patch_line ? -1 : 1;
	if (x->rec->column != y->rec->column)
		return x->rec->column < y->rec->column ? -1 : 1;
	return strcmp(x->rec->f[REC_RULE], y->rec->f[REC_RULE]);
}

/* Records name the temporary copies: give them the tree's paths. */
static struct copy *copy_of_tmp(struct checker *c, const char *tmp_path)
{
	size_t i;

	for (i = 0; i < c->ncopies; i++)
		if (c->copies[i].tmp_path &&
		    !strcmp(c->copies[i].tmp_path, tmp_path))
			return &c->copies[i];
	return NULL;
}

static void rename_to_tree(struct checker *c, char **path)
{
	struct copy *cp = copy_of_tmp(c, *path);

	if (cp) {
		free(*path);
		*path = xstrdup(cp->path);
	}
}

static void warn_not_checked(struct checker *c, struct scan_result *s)
{
	size_t i;

	for (i = 0; i < s->nnc; i++) {
		char *p;

		rename_to_tree(c, &s->nc[i].path);
		p = escape_path(s->nc[i].path);
		wq_warn("%s: not checked: %s", p, s->nc[i].reason);
		free(p);
	}
	for (i = 0; i < s->nunparsed; i++) {
		struct unparsed *u = &s->unparsed[i];
		char *p;

		rename_to_tree(c, &u->path);
		p = escape_path(u->path);
		if (u->function)
			wq_warn("%s:%ld: %s() not checked: Coccinelle could "
				"not parse it",
				p, u->line, u->function);
		else
			wq_warn("%s:%ld: lines %ld-%ld not checked: Coccinelle "
				"could not parse them",
				p, u->line, u->line, u->last);
		free(p);
	}
}

static void select_findings(struct checker *c, struct scan_result *s)
{
	struct findings f;
	size_t i;

	for (i = 0; i < s->nrecs; i++)
		rename_to_tree(c, &s->recs[i].path);
	filter_findings(s->recs, s->nrecs, c->o->min_confidence, &f);
	for (i = 0; i < f.n; i++) {
		struct copy *cp = find_copy(c, f.v[i]->path);

		if (cp && cp->pf)
			classify(c, cp, f.v[i]);
	}
	findings_free(&f);
	sort_array(c->found, c->nfound, sizeof(*c->found), cmp_found);
}

/* ---- the run ---- */

static char *patch_name(const struct checker *c)
{
	if (strcmp(c->o->patch, "-"))
		return xstrdup(c->o->patch);
	if (c->patch.subject)
		return xasprintf("\"%s\"", c->patch.subject);
	return xstrdup("Your patch");
}

static int read_patch(struct checker *c)
{
	char *buf, err[512];
	size_t len;
	int ret;

	if (!strcmp(c->o->patch, "-") ? read_fd(0, &buf, &len) :
					read_file(c->o->patch, &buf, &len)) {
		wq_error("%s: cannot read the patch: %s",
			 strcmp(c->o->patch, "-") ? c->o->patch :
						    "standard input",
			 strerror(errno));
		return -1;
	}
	ret = patch_parse(buf, len, &c->patch, err, sizeof(err));
	if (ret)
		wq_error("%s: %s",
			 strcmp(c->o->patch, "-") ? c->o->patch :
						    "standard input",
			 err);
	/* the lines point into the text: keep it with the patch */
	if (ret)
		free(buf);
	else
		c->patch_text = buf;
	return ret;
}

static int scan_copies(struct checker *c, const struct scan_config *base,
		       struct scan_result *res)
{
	struct scan_config cfg = *base;
	char **paths = xcalloc(c->ncopies + 1, sizeof(*paths));
	size_t i, n = 0;
	int ret;

	for (i = 0; i < c->ncopies; i++)
		if (c->copies[i].changed)
			paths[n++] = c->copies[i].tmp_path;
	memset(res, 0, sizeof(*res));
	if (!n) {
		free(paths);
		return 0;
	}
	cfg.paths = paths;
	cfg.npaths = n;
	ret = scan_run(&cfg, res);
	free(paths);
	return ret;
}

static void checker_free(struct checker *c)
{
	size_t i;

	remove_tmpdir(c);
	for (i = 0; i < c->ncopies; i++) {
		free(c->copies[i].tmp_path);
		free(c->copies[i].text);
	}
	free(c->copies);
	for (i = 0; i < c->nfound; i++)
		free(c->found[i].removed);
	free(c->found);
	patch_free(&c->patch);
	free(c->patch_text);
}

int patch_check_run(const struct options *o, const struct scan_config *base)
{
	struct checker c = { .o = o };
	struct scan_result res = { 0 };
	struct patch_report r = { .opt = o };
	char *name = NULL;
	int status = 2;

	if (read_patch(&c) || make_tmpdir(&c) || make_copies(&c)) {
		if (wq_interrupted)
			wq_error("interrupted: the check was stopped, nothing "
				 "reported");
		goto out;
	}
	if (scan_copies(&c, base, &res)) {
		if (wq_interrupted)
			wq_error("interrupted: the check was stopped, nothing "
				 "reported");
		goto out;
	}
	warn_not_checked(&c, &res);
	select_findings(&c, &res);
	name = patch_name(&c);
	r.v = c.found;
	r.n = c.nfound;
	r.lines_checked = c.patch.lines_checked;
	r.name = name;
	if (format_patch(stdout, &r)) {
		wq_error("cannot write the output: %s", strerror(errno));
		goto out;
	}
	status = 0;
	if (c.nfound)
		status = 1;
	else if (res.nnc) {
		wq_error("the check is incomplete: %zu file%s not checked",
			 res.nnc, res.nnc == 1 ? " was" : "s were");
		status = 2;
	}
out:
	scan_free(&res);
	checker_free(&c);
	free(name);
	return status;
}
