// SPDX-License-Identifier: GPL-2.0-only
/*
 * wqcheck --patch: read the patch (patch_read.c) and apply it to
 * temporary copies of the C files it touches; main.c scans those copies
 * as any PATHs; then keep the findings the patch is responsible for and
 * place each at a line of the patch. The tree itself is only read.
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

#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

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

struct patch_check {
	const struct options *o;
	struct patch patch;
	char *patch_text; /* the patch's lines point into it */
	char *name; /* what checkpatch.pl would call the patch */
	char *tmpdir;
	struct copy *copies;
	size_t ncopies;
	char **changed; /* the tmp_path of each copy with changes */
	size_t nchanged;
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

/* The directories of @path, below the temporary directory. */
static int make_parents(const char *path)
{
	char *dir = xstrndup(path, (size_t)(strrchr(path, '/') - path));
	int ret = mkdir_p(dir);

	if (ret)
		wq_error("cannot make %s: %s", dir, strerror(errno));
	free(dir);
	return ret;
}

static int write_copy(struct patch_check *c, struct copy *cp)
{
	FILE *f;
	int ret = 0;

	cp->tmp_path = path_join(c->tmpdir, cp->path);
	if (make_parents(cp->tmp_path))
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

static struct copy *find_copy(struct patch_check *c, const char *path)
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

/* The tree's file @pf's old text is read from. */
static char *tree_file(const struct patch_file *pf, const char *root)
{
	char *src = path_join(root, pf->old_path), *dst;

	/* a rename the tree already has: its file is the new one */
	if (access(src, F_OK) && errno == ENOENT &&
	    strcmp(pf->old_path, pf->new_path)) {
		dst = path_join(root, pf->new_path);
		if (!access(dst, F_OK)) {
			free(src);
			return dst;
		}
		free(dst);
	}
	return src;
}

/* Read @pf's old text from the tree: 0, or -1 after an error message. */
static int read_old(const struct patch_check *c, const struct patch_file *pf,
		    char **old, size_t *oldlen)
{
	const char *root = c->o->root ? c->o->root : ".";
	char *src = tree_file(pf, root);
	int ret = -1;

	if (!stays_in_tree(root, src))
		wq_error("%s: a symbolic link in the tree leads it out of the "
			 "tree (--root %s): refused",
			 pf->old_path, root);
	else if (read_file(src, old, oldlen))
		wq_error("%s: cannot read it in the tree: %s (give the tree "
			 "the patch applies to with --root)",
			 src, strerror(errno));
	else
		ret = 0;
	free(src);
	return ret;
}

/* The copy of @path, made on first use. */
static struct copy *copy_of(struct patch_check *c, const char *path)
{
	struct copy *cp = find_copy(c, path);

	if (cp)
		return cp;
	c->copies = xrealloc(c->copies, (c->ncopies + 1) * sizeof(*c->copies));
	cp = &c->copies[c->ncopies++];
	memset(cp, 0, sizeof(*cp));
	cp->path = path;
	return cp;
}

/*
 * One diff: its old text is what an earlier diff of the same input left
 * (a series in one mbox), else the tree's file, else nothing (new file).
 */
static int apply_one(struct patch_check *c, struct patch_file *pf)
{
	struct copy *prev = pf->old_path ? find_copy(c, pf->old_path) : NULL;
	struct copy *cp;
	char *old = NULL, *out, err[512];
	size_t oldlen = 0, outlen;
	int ret;

	if (!prev && pf->old_path && read_old(c, pf, &old, &oldlen))
		return -1;
	ret = patch_apply(pf, prev ? prev->text : old,
			  prev ? prev->len : oldlen, &out, &outlen, err,
			  sizeof(err));
	free(old);
	if (ret) {
		wq_error("%s (--root %s)", err, c->o->root ? c->o->root : ".");
		return -1;
	}
	cp = copy_of(c, pf->new_path);
	free(cp->text);
	cp->text = out;
	cp->len = outlen;
	cp->pf = pf;
	cp->changed |= pf->nhunks > 0;
	return 0;
}

static int make_copies(struct patch_check *c)
{
	size_t i;

	for (i = 0; i < c->patch.nfiles; i++) {
		struct patch_file *pf = &c->patch.files[i];

		if (pf->is_deleted || pf->is_binary || !is_c_file(pf->new_path))
			continue;
		if (apply_one(c, pf) || wq_interrupted)
			return -1;
	}
	c->changed = xcalloc(c->ncopies + 1, sizeof(*c->changed));
	for (i = 0; i < c->ncopies; i++) {
		if (!c->copies[i].changed)
			continue;
		if (write_copy(c, &c->copies[i]))
			return -1;
		c->changed[c->nchanged++] = c->copies[i].tmp_path;
	}
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

		if (!is_ident_start(*p)) {
			if (*p == '/' && (p[1] == '/' || p[1] == '*'))
				return 0;
			p++;
			continue;
		}
		start = p;
		while (is_ident_char(*p))
			p++;
		if (start > text && is_ident_char(start[-1]))
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

static void add_found(struct patch_check *c, const struct record *rec,
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
static void classify(struct patch_check *c, const struct copy *cp,
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

/* ---- the steps main.c runs ---- */

static char *patch_name(const struct patch_check *c)
{
	if (strcmp(c->o->patch, "-"))
		return xstrdup(c->o->patch);
	if (c->patch.subject)
		return xasprintf("\"%s\"", c->patch.subject);
	return xstrdup("Your patch");
}

static int read_patch(struct patch_check *c)
{
	const char *name = strcmp(c->o->patch, "-") ? c->o->patch :
						      "standard input";
	char *buf, err[512];
	size_t len;
	int ret;

	if (!strcmp(c->o->patch, "-") ? read_fd(0, &buf, &len) :
					read_file(c->o->patch, &buf, &len)) {
		wq_error("%s: cannot read the patch: %s", name,
			 strerror(errno));
		return -1;
	}
	ret = patch_parse(buf, len, &c->patch, err, sizeof(err));
	if (ret)
		wq_error("%s: %s", name, err);
	/* the lines point into the text: keep it with the patch */
	if (ret)
		free(buf);
	else
		c->patch_text = buf;
	return ret;
}

struct patch_check *patch_check_prepare(const struct options *o)
{
	struct patch_check *c = xcalloc(1, sizeof(*c));

	c->o = o;
	if (read_patch(c))
		goto fail;
	c->tmpdir = make_temp_dir("wqcheck-patch");
	if (!c->tmpdir || make_copies(c))
		goto fail;
	c->name = patch_name(c);
	return c;
fail:
	patch_check_free(c);
	return NULL;
}

char *const *patch_check_copies(const struct patch_check *pc, size_t *n)
{
	*n = pc->nchanged;
	return pc->changed;
}

/* Records name the temporary copies: give them the tree's paths. */
static void rename_to_tree(const struct patch_check *c, char **path)
{
	size_t i;

	for (i = 0; i < c->ncopies; i++) {
		if (c->copies[i].tmp_path &&
		    !strcmp(c->copies[i].tmp_path, *path)) {
			free(*path);
			*path = xstrdup(c->copies[i].path);
			return;
		}
	}
}

void patch_check_to_tree(const struct patch_check *pc, struct scan_result *s)
{
	size_t i;

	for (i = 0; i < s->nnc; i++)
		rename_to_tree(pc, &s->nc[i].path);
	for (i = 0; i < s->nunparsed; i++)
		rename_to_tree(pc, &s->unparsed[i].path);
	for (i = 0; i < s->nrecs; i++)
		rename_to_tree(pc, &s->recs[i].path);
}

void patch_check_select(struct patch_check *pc, struct record *const *v,
			size_t n, struct patch_report *r)
{
	size_t i;

	for (i = 0; i < n; i++) {
		struct copy *cp = find_copy(pc, v[i]->path);

		if (cp && cp->pf)
			classify(pc, cp, v[i]);
	}
	sort_array(pc->found, pc->nfound, sizeof(*pc->found), cmp_found);
	*r = (struct patch_report){
		.v = pc->found,
		.n = pc->nfound,
		.lines_checked = pc->patch.lines_checked,
		.name = pc->name,
		.opt = pc->o,
	};
}

void patch_check_free(struct patch_check *c)
{
	size_t i;

	if (!c)
		return;
	if (c->tmpdir)
		remove_tree(c->tmpdir);
	free(c->tmpdir);
	for (i = 0; i < c->ncopies; i++) {
		free(c->copies[i].tmp_path);
		free(c->copies[i].text);
	}
	free(c->copies);
	free(c->changed);
	for (i = 0; i < c->nfound; i++)
		free(c->found[i].removed);
	free(c->found);
	patch_free(&c->patch);
	free(c->patch_text);
	free(c->name);
	free(c);
}
