// SPDX-License-Identifier: GPL-2.0-only
/*
 * The fix stage: the files with findings, their fixes, the copies that
 * are scanned again and what that scan says of each. Nothing in the
 * scanned tree changes unless --fix asks for it (or, for the time of one
 * build, --verify-build): the fixed texts live in memory and in a
 * temporary directory, where they are scanned again and where the
 * patches are applied to copies of the originals. A file is replaced
 * only when its fix verified, by writing a temporary file beside it,
 * flushing it to disk and renaming it over the original (fix_write.c).
 */
#include "fix_stage.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "emit_patches.h"
#include "fix_files.h"
#include "subject.h"
#include "util.h"

int fix_stage_wanted(const struct options *o)
{
	return o->fix || o->emit_patches;
}

/* ---- the trees ---- */

static char *strip_slashes(const char *p)
{
	size_t n = strlen(p);

	while (n > 1 && p[n - 1] == '/')
		n--;
	return xstrndup(p, n);
}

/*
 * The tree of each PATH is asked of git when a file under it has a
 * finding to fix, not before: a list of files (--files-from) may name
 * thousands.
 */
static void find_roots(struct fix_stage *st, char *const *paths, size_t n)
{
	size_t i;

	st->nroots = n;
	st->roots = xcalloc(n + 1, sizeof(*st->roots));
	for (i = 0; i < n; i++)
		st->roots[i].arg = strip_slashes(paths[i]);
}

static struct root *resolve(struct root *r)
{
	if (!r->dir)
		r->dir = subject_tree_root(r->arg, &r->is_git);
	return r;
}

/* The PATH given that @path was found under: the longest that fits. */
static struct root *root_of(struct fix_stage *st, const char *path)
{
	struct root *best = NULL;
	size_t i, bl = 0;

	for (i = 0; i < st->nroots; i++) {
		const char *a = st->roots[i].arg;
		size_t n = strlen(a);

		if (strncmp(path, a, n) ||
		    (path[n] && path[n] != '/' && strcmp(a, "/")))
			continue;
		if (!best || n > bl) {
			best = &st->roots[i];
			bl = n;
		}
	}
	return resolve(best ? best : &st->roots[0]);
}

/* @path relative to @root, through the real path of its directory. */
static char *relative(const char *root, const char *path)
{
	const char *slash = strrchr(path, '/');
	char *dir = slash ? xstrndup(path, (size_t)(slash - path)) :
			    xstrdup(".");
	char real[PATH_MAX], *full, *ret = NULL;
	size_t n = strlen(root);

	if (slash == path) {
		free(dir);
		dir = xstrdup("/");
	}
	if (realpath(dir, real)) {
		full = path_join(real, slash ? slash + 1 : path);
		if (!strncmp(full, root, n) && full[n] == '/')
			ret = xstrdup(full + n + 1);
		free(full);
	}
	free(dir);
	if (!ret)
		ret = xstrdup(path[0] == '.' && path[1] == '/' ? path + 2 :
								 path);
	return ret;
}

/* ---- planning ---- */

static void note_skips(struct fix_stage *st, struct ffile *f)
{
	size_t i;

	for (i = 0; i < f->plan.nnotes; i++) {
		const struct fix_note *n = &f->plan.notes[i];
		char *p;

		if (n->kind != FIX_NONE)
			continue;
		st->not_fixed++;
		p = escape_path(f->path);
		wq_warn("%s:%ld: %s() not fixed: %s", p, n->rec->line,
			n->rec->f[REC_CHECK], n->why);
		free(p);
	}
}

/*
 * One patch per function: number the functions of the file by their
 * first edit and give each edit the number of its function, counted
 * across all files from @next.
 */
static int number_groups(struct ffile *f, int next)
{
	struct fix_plan *p = &f->plan;
	const char **fn = xcalloc(p->nedits + 1, sizeof(*fn));
	size_t i, j, n = 0;

	f->first_group = next;
	for (i = 0; i < p->nedits; i++) {
		const char *name = NULL;

		for (j = 0; j < p->nnotes && !name; j++)
			if (p->notes[j].edit == (long)i)
				name = p->notes[j].rec->f[REC_FUNCTION];
		for (j = 0; j < n; j++)
			if (name && fn[j] && !strcmp(fn[j], name))
				break;
		if (j == n)
			fn[n++] = name;
		p->edits[i].group = next + (int)j;
	}
	free(fn);
	f->ngroups = (int)n;
	return next + (int)n;
}

static int load_file(struct fix_stage *st, struct ffile *f)
{
	struct stat sb;
	char *p;

	if (read_file(f->path, &f->orig, &f->orig_len) ||
	    stat(f->path, &sb)) {
		p = escape_path(f->path);
		wq_warn("%s: cannot read it to fix it: %s", p,
			strerror(errno));
		free(p);
		st->failed = 1;
		return -1;
	}
	f->mode = (unsigned int)(sb.st_mode & 07777) | 0100000;
	f->uid = (long)sb.st_uid;
	f->gid = (long)sb.st_gid;
	src_text_init(&f->text, f->orig, f->orig_len);
	return 0;
}

static void plan_files(struct fix_stage *st, struct record *const *v, size_t n)
{
	size_t i = 0;
	int next = 1;

	while (i < n) {
		struct ffile *f;
		size_t j = i;

		while (j < n && !strcmp(v[j]->path, v[i]->path))
			j++;
		st->files = xrealloc(st->files,
				     (st->nfiles + 1) * sizeof(*st->files));
		f = &st->files[st->nfiles++];
		memset(f, 0, sizeof(*f));
		f->path = v[i]->path;
		f->root = root_of(st, f->path);
		f->relpath = relative(f->root->dir, f->path);
		f->recs = (struct record **)(v + i);
		f->nrecs = j - i;
		i = j;
		if (load_file(st, f)) {
			f->bad = 1;
			continue;
		}
		fix_plan(&f->text, f->recs, f->nrecs,
			 (enum fix_style)st->o->fix_style, &f->plan);
		note_skips(st, f);
		next = number_groups(f, next);
		f->fixed = fix_apply(&f->text, f->plan.edits, f->plan.nedits,
				     -1, &f->fixed_len);
	}
}

/* ---- the copies, scanned again ---- */

int fix_write_copy(const char *path, const char *text, size_t len)
{
	const char *slash = strrchr(path, '/');
	char *dir = xstrndup(path, (size_t)(slash - path));
	int ret = mkdir_p(dir) ? -1 : write_atomic(path, text, len, 0600);

	free(dir);
	return ret;
}

/* The record of the original scan @q's check was, or NULL. */
static const struct record *match(const struct ffile *f,
				  const struct scan_result *s,
				  const struct record *q)
{
	size_t i;

	for (i = 0; i < s->nrecs; i++) {
		const struct record *r = &s->recs[i];

		if (strcmp(r->path, f->path) ||
		    strcmp(r->f[REC_FUNCTION], q->f[REC_FUNCTION]) ||
		    strcmp(r->f[REC_WAIT_QUEUE], q->f[REC_WAIT_QUEUE]))
			continue;
		if (fix_map_line(f->plan.edits, f->plan.nedits, -1, r->line) ==
		    q->line)
			return r;
	}
	return NULL;
}

static int was_fixed(const struct ffile *f, const struct record *r)
{
	size_t i;

	for (i = 0; i < f->plan.nnotes; i++)
		if (f->plan.notes[i].kind != FIX_NONE &&
		    f->plan.notes[i].rec->line == r->line &&
		    f->plan.notes[i].rec->column == r->column)
			return 1;
	return 0;
}

static void verify_rescan(struct fix_stage *st, struct ffile *f,
			  const struct scan_result *again)
{
	char *p = escape_path(f->path);
	size_t i;

	for (i = 0; i < again->nnc; i++) {
		if (strcmp(again->nc[i].path, f->tmp_path))
			continue;
		wq_warn("%s: the fixed file could not be scanned again: %s", p,
			again->nc[i].reason);
		f->bad = 1;
	}
	for (i = 0; i < again->nunparsed; i++) {
		const struct unparsed *u = &again->unparsed[i];
		size_t j;
		int old = 0;

		if (strcmp(u->path, f->tmp_path))
			continue;
		for (j = 0; j < st->s->nunparsed; j++)
			old |= !strcmp(st->s->unparsed[j].path, f->path) &&
			       !strcmp(st->s->unparsed[j].function ?
					       st->s->unparsed[j].function :
					       "",
				       u->function ? u->function : "");
		if (old)
			continue;
		wq_warn("%s:%ld: the fixed file has a part Coccinelle cannot "
			"parse (%s)",
			p, u->line, u->function ? u->function : "lines");
		f->bad = 1;
	}
	for (i = 0; i < again->nrecs; i++) {
		const struct record *q = &again->recs[i];
		const struct record *r;

		if (strcmp(q->path, f->tmp_path))
			continue;
		r = match(f, st->s, q);
		if (r && !was_fixed(f, r))
			continue;
		wq_warn("%s:%ld: after the fix, %s: %s", p, q->line,
			r ? "still reported" : "a new finding",
			q->f[REC_MESSAGE]);
		f->bad = 1;
	}
	free(p);
}

/* Write each fixed text to a copy of its own, where the scan can read it. */
static void write_copies(struct fix_stage *st)
{
	size_t i;

	st->copies = xcalloc(st->nfiles + 1, sizeof(*st->copies));
	for (i = 0; i < st->nfiles; i++) {
		struct ffile *f = &st->files[i];

		if (!has_edits(f))
			continue;
		f->tmp_path = xasprintf("%s/rescan/%zu/%s", st->tmp, i,
					f->relpath);
		if (fix_write_copy(f->tmp_path, f->fixed, f->fixed_len)) {
			wq_warn("%s: %s", f->tmp_path, strerror(errno));
			f->bad = 1;
			continue;
		}
		st->copies[st->ncopies++] = f->tmp_path;
	}
}

struct fix_stage *fix_stage_plan(const struct options *o, char *const *paths,
				 size_t npaths, long jobs,
				 const struct scan_result *s,
				 struct record *const *v, size_t n)
{
	struct fix_stage *st = xcalloc(1, sizeof(*st));

	st->o = o;
	st->s = s;
	st->jobs = jobs;
	find_roots(st, paths, npaths);
	if (st->nroots) /* for git's user.name and user.email */
		resolve(&st->roots[0]);
	st->tmp = make_temp_dir("wqcheck-fix");
	if (!st->tmp) {
		st->failed = 1;
		return st;
	}
	plan_files(st, v, n);
	write_copies(st);
	return st;
}

char *const *fix_stage_copies(const struct fix_stage *st, size_t *n)
{
	*n = st->ncopies;
	return st->copies;
}

void fix_stage_verify(struct fix_stage *st, const struct scan_result *again)
{
	size_t i;

	if (!again) {
		if (!wq_interrupted)
			wq_warn("the fixed files could not be scanned again");
		for (i = 0; i < st->nfiles; i++)
			st->files[i].bad |= has_edits(&st->files[i]);
		return;
	}
	for (i = 0; i < st->nfiles; i++)
		if (has_edits(&st->files[i]))
			verify_rescan(st, &st->files[i], again);
}

/* ---- the stage ---- */

void fix_stage_free(struct fix_stage *st)
{
	size_t i;

	for (i = 0; i < st->nfiles; i++) {
		struct ffile *f = &st->files[i];

		free(f->relpath);
		free(f->orig);
		src_text_free(&f->text);
		fix_plan_free(&f->plan);
		free(f->fixed);
		free(f->tmp_path);
		free(f->prefix);
	}
	free(st->files);
	for (i = 0; i < st->nroots; i++) {
		free(st->roots[i].arg);
		free(st->roots[i].dir);
	}
	free(st->roots);
	free(st->copies);
	if (st->tmp)
		remove_tree(st->tmp);
	free(st->tmp);
	free(st);
}

static void summary(const struct fix_stage *st)
{
	size_t i, j, files = 0, bad = 0, fixed = 0;

	for (i = 0; i < st->nfiles; i++) {
		const struct ffile *f = &st->files[i];

		if (f->bad) {
			bad++;
			continue;
		}
		files += has_edits(f);
		for (j = 0; j < f->plan.nnotes; j++)
			fixed += f->plan.notes[j].kind != FIX_NONE;
	}
	fprintf(stderr,
		"wqcheck: %zu finding%s fixed in %zu file%s, %zu not fixed",
		fixed, fixed == 1 ? "" : "s", files, files == 1 ? "" : "s",
		st->not_fixed);
	if (bad)
		fprintf(stderr,
			"; the fixes of %zu file%s failed a check (see above) "
			"and were not applied",
			bad, bad == 1 ? "" : "s");
	fputc('\n', stderr);
}

int fix_stage_finish(struct fix_stage *st)
{
	const struct options *o = st->o;
	size_t i;

	if (!st->tmp)
		goto out;
	for (i = 0; i < st->nfiles; i++)
		st->failed |= st->files[i].bad;
	if (wq_interrupted)
		goto out;
	if (o->emit_patches)
		fix_emit(st);
	for (i = 0; o->verify_build && i < st->nfiles && !wq_interrupted; i++)
		if (has_edits(&st->files[i]))
			fix_build_one(st, &st->files[i]);
	if (o->fix && !wq_interrupted)
		fix_in_place(st);
	if (!wq_interrupted && (!o->quiet || st->failed))
		summary(st);
out:
	if (wq_interrupted)
		wq_error("interrupted: %s",
			 o->fix ? "the files written so far are whole, the "
				  "others untouched" :
				  "the patches and their checks are incomplete");
	return st->failed || wq_interrupted ? -1 : 0;
}
