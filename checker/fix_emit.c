// SPDX-License-Identifier: GPL-2.0-only
/*
 * --emit-patches: one patch per fixed function (emit_patches.c writes
 * its text), numbered across the files, listed in DIR/series, then each
 * checked: the series applied in order to copies of the originals (git
 * apply, or patch without git) must give exactly the fixed files, and
 * the tree's scripts/checkpatch.pl --strict, where there is one, must be
 * content. A file whose patch fails a check is not fixed in place.
 */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "cmd.h"
#include "emit_patches.h"
#include "fix_files.h"
#include "subject.h"
#include "util.h"

struct patch {
	struct ffile *f;
	int group;
	struct fix_note **notes;
	size_t nnotes;
	struct src_text base;
	char *base_text, *new_text;
	size_t base_len, new_len;
	struct line_edit *edits;
	size_t nedits;
	char *fixes, *subject, *name, *path;
	struct patch_in in;
};

static void build_patch(struct patch *pt)
{
	struct ffile *f = pt->f;
	const struct fix_plan *p = &f->plan;
	size_t i;

	for (i = 0; i < p->nnotes; i++) {
		long e = p->notes[i].edit;

		if (p->notes[i].kind == FIX_NONE || e < 0 ||
		    p->edits[e].group != pt->group)
			continue;
		pt->notes = xrealloc(pt->notes,
				     (pt->nnotes + 1) * sizeof(*pt->notes));
		pt->notes[pt->nnotes++] = &p->notes[i];
	}
	pt->base_text = fix_apply(&f->text, p->edits, p->nedits, pt->group - 1,
				  &pt->base_len);
	pt->new_text = fix_apply(&f->text, p->edits, p->nedits, pt->group,
				 &pt->new_len);
	src_text_init(&pt->base, pt->base_text, pt->base_len);
	for (i = 0; i < p->nedits; i++) {
		struct line_edit e = p->edits[i];

		if (e.group != pt->group)
			continue;
		e.first = fix_map_line(p->edits, p->nedits, pt->group - 1,
				       e.first);
		pt->edits = xrealloc(pt->edits,
				     (pt->nedits + 1) * sizeof(*pt->edits));
		pt->edits[pt->nedits++] = e;
	}
	if (f->root->is_git)
		pt->fixes = subject_fixes(f->root->dir, f->relpath,
					  pt->notes[0]->rec->line);
	if (!f->prefix)
		f->prefix = subject_prefix(f->root->dir, f->root->is_git,
					   f->relpath);
	pt->in = (struct patch_in){
		.relpath = f->relpath,
		.function = pt->notes[0]->rec->f[REC_FUNCTION],
		.notes = pt->notes,
		.nnotes = pt->nnotes,
		.base = &pt->base,
		.edits = pt->edits,
		.nedits = pt->nedits,
		.old_text = pt->base_text,
		.old_len = pt->base_len,
		.new_text = pt->new_text,
		.new_len = pt->new_len,
		.mode = f->mode,
		.orig_edits = p->edits,
		.norig = p->nedits,
		.group = pt->group,
		.prefix = f->prefix,
		.fixes = pt->fixes,
	};
}

static void free_patch(struct patch *pt)
{
	free(pt->notes);
	src_text_free(&pt->base);
	free(pt->base_text);
	free(pt->new_text);
	free(pt->edits);
	free(pt->fixes);
	free(pt->subject);
	free(pt->name);
	free(pt->path);
}

/* Two patches of one file with one subject: name the function in both. */
static void name_functions(struct patch *v, size_t n)
{
	size_t i, j;

	for (i = 0; i < n; i++)
		v[i].subject = patch_subject(&v[i].in);
	for (i = 0; i < n; i++) {
		for (j = 0; j < n; j++) {
			if (i == j || strcmp(v[i].subject, v[j].subject))
				continue;
			v[i].in.name_function = 1;
		}
	}
	for (i = 0; i < n; i++) {
		free(v[i].subject);
		v[i].subject = patch_subject(&v[i].in);
	}
}

/* Remove the patches an earlier run listed in DIR/series. */
static void remove_old_series(const char *dir)
{
	char *series = path_join(dir, "series"), *buf, *line, *save = NULL;
	size_t len;

	if (read_file(series, &buf, &len)) {
		free(series);
		return;
	}
	for (line = strtok_r(buf, "\n", &save); line;
	     line = strtok_r(NULL, "\n", &save)) {
		size_t n = strlen(line);
		char *p;

		if (strchr(line, '/') || n < 7 || strcmp(line + n - 6, ".patch"))
			continue;
		p = path_join(dir, line);
		unlink(p);
		free(p);
	}
	free(buf);
	free(series);
}

static int write_patch(struct fix_stage *st, struct patch *pt,
		       const struct patch_meta *m, int number)
{
	const char *dir = st->o->emit_patches;
	char *text, *to = NULL, *cc = NULL, *abs;
	char real[PATH_MAX];
	int ret, err;

	pt->name = patch_file_name(number, pt->subject);
	pt->path = path_join(dir, pt->name);
	text = patch_text(&pt->in, m, NULL, NULL);
	ret = write_atomic(pt->path, text, strlen(text), 0644);
	err = errno; /* realpath() would say ENOENT instead */
	abs = realpath(pt->path, real) ? real : pt->path;
	if (!ret && !patch_recipients(pt->f->root->dir, abs, &to, &cc) &&
	    ((to && *to) || (cc && *cc))) {
		free(text);
		text = patch_text(&pt->in, m, to, cc);
		ret = write_atomic(pt->path, text, strlen(text), 0644);
		err = errno;
	}
	if (ret) {
		wq_warn("%s: cannot write the patch: %s", pt->path,
			strerror(err));
		st->failed = 1;
	} else if (!st->o->quiet) {
		fprintf(stderr, "%s\n", pt->path);
	}
	free(to);
	free(cc);
	free(text);
	return ret;
}

/* ---- checking the patches ---- */

static char *apply_dir(const struct fix_stage *st, const struct ffile *f)
{
	return xasprintf("%s/apply/%zu", st->tmp,
			 (size_t)(f->root - st->roots));
}

/* The originals of the fixed files, where the patches are applied. */
static void copy_originals(struct fix_stage *st)
{
	size_t i;

	for (i = 0; i < st->nfiles; i++) {
		struct ffile *f = &st->files[i];
		char *dir, *copy;

		if (!has_edits(f))
			continue;
		dir = apply_dir(st, f);
		copy = path_join(dir, f->relpath);
		if (fix_write_copy(copy, f->orig, f->orig_len)) {
			wq_warn("%s: %s", copy, strerror(errno));
			st->failed = 1;
		}
		free(copy);
		free(dir);
	}
}

/* Apply one patch in its tree's copy: checked first, then for real. */
static void apply_one(struct fix_stage *st, struct patch *pt, int git,
		      const char *ceiling)
{
	char *dir = apply_dir(st, pt->f);
	char real[PATH_MAX];
	const char *abs = realpath(pt->path, real) ? real : pt->path;
	const char *check_git[] = { "env",     ceiling, "git", "apply",
				    "--check", abs,	NULL };
	const char *apply_git[] = { "env", ceiling, "git", "apply", abs, NULL };
	const char *check_patch[] = { "patch", "-p1", "--dry-run", "-s",
				      "-i",    abs,   NULL };
	const char *apply_patch[] = { "patch", "-p1", "-s", "-i", abs, NULL };
	struct strbuf err = { 0 };

	if (cmd_run(dir, git ? check_git : check_patch, 300, &err, &err) ||
	    cmd_run(dir, git ? apply_git : apply_patch, 300, &err, &err)) {
		wq_warn("%s: does not apply with %s: %.*s", pt->path,
			git ? "git apply --check" : "patch -p1 --dry-run",
			(int)strcspn(err.buf ? err.buf : "", "\n"),
			err.buf ? err.buf : "");
		pt->f->bad = 1;
		st->failed = 1;
	}
	sb_free(&err);
	free(dir);
}

/* The series gives exactly the fixed files. */
static void compare_applied(struct fix_stage *st)
{
	size_t i;

	for (i = 0; i < st->nfiles && !wq_interrupted; i++) {
		struct ffile *f = &st->files[i];
		char *dir, *copy, *buf;
		size_t len;

		if (!has_edits(f))
			continue;
		dir = apply_dir(st, f);
		copy = path_join(dir, f->relpath);
		if (read_file(copy, &buf, &len) || len != f->fixed_len ||
		    memcmp(buf, f->fixed, len)) {
			wq_warn("%s: the patches do not give the fixed file",
				f->relpath);
			f->bad = 1;
			st->failed = 1;
		}
		free(buf);
		free(copy);
		free(dir);
	}
}

/* Apply the patches in order to copies of the originals, git or patch. */
static void verify_apply(struct fix_stage *st, struct patch *v, size_t n)
{
	int git = cmd_exists("git");
	char *ceiling;
	size_t i;

	if (!git && !cmd_exists("patch")) {
		wq_warn("neither git nor patch is installed: the patches were "
			"not test-applied");
		st->failed = 1;
		return;
	}
	ceiling = xasprintf("GIT_CEILING_DIRECTORIES=%s", st->tmp);
	copy_originals(st);
	for (i = 0; i < n && !wq_interrupted; i++)
		apply_one(st, &v[i], git, ceiling);
	compare_applied(st);
	free(ceiling);
}

static void verify_checkpatch(struct fix_stage *st, struct patch *v, size_t n)
{
	size_t i;

	for (i = 0; i < n && !wq_interrupted; i++) {
		const char *root = v[i].f->root->dir;
		char *script = path_join(root, "scripts/checkpatch.pl");
		char real[PATH_MAX], real_script[PATH_MAX];
		const char *abs = realpath(v[i].path, real) ? real : v[i].path;
		const char *argv[] = { "perl", real_script,
				       "--strict", "--no-tree", "-q", abs,
				       st->o->signoff ? NULL : "--no-signoff",
				       NULL };
		struct strbuf out = { 0 };

		/*
		 * Run where the scan's files are not: with --strict (and for
		 * net/ files always) checkpatch.pl writes its CamelCase cache
		 * into its working directory, and the tree is only read.
		 */
		if (!access(script, R_OK) && realpath(script, real_script) &&
		    cmd_run(st->tmp, argv, 300, &out, &out)) {
			wq_warn("%s: checkpatch.pl --strict is not content:\n%s",
				v[i].path, out.buf ? out.buf : "");
			v[i].f->bad = 1;
			st->failed = 1;
		}
		sb_free(&out);
		free(script);
	}
}

/* Each fixed function's patch; allocated once: a patch points into itself. */
static struct patch *build_patches(struct fix_stage *st, size_t *np)
{
	struct patch *v;
	size_t i, n = 0, first;
	int g;

	for (i = 0; i < st->nfiles; i++)
		n += has_edits(&st->files[i]) ? (size_t)st->files[i].ngroups : 0;
	v = xcalloc(n + 1, sizeof(*v));
	n = 0;
	for (i = 0; i < st->nfiles; i++) {
		struct ffile *f = &st->files[i];

		if (!has_edits(f))
			continue;
		first = n;
		for (g = f->first_group; g < f->first_group + f->ngroups; g++) {
			v[n].f = f;
			v[n].group = g;
			build_patch(&v[n]);
			n++;
		}
		name_functions(v + first, n - first);
	}
	*np = n;
	return v;
}

/* The patches and DIR/series, listing those that were written. */
static void write_series(struct fix_stage *st, struct patch *v, size_t n,
			 const struct patch_meta *m)
{
	struct strbuf series = { 0 };
	char *sp;
	size_t i;

	for (i = 0; i < n && !wq_interrupted; i++) {
		if (write_patch(st, &v[i], m, (int)i + 1))
			continue;
		sb_printf(&series, "%s\n", v[i].name);
	}
	sp = path_join(st->o->emit_patches, "series");
	if (write_atomic(sp, series.buf ? series.buf : "", series.len, 0644)) {
		wq_warn("%s: %s", sp, strerror(errno));
		st->failed = 1;
	}
	free(sp);
	sb_free(&series);
}

void fix_emit(struct fix_stage *st)
{
	struct patch *v;
	struct patch_meta m = { .signoff = st->o->signoff };
	const char *epoch = getenv("SOURCE_DATE_EPOCH");
	char *name, *email;
	size_t i, n;

	if (mkdir_p(st->o->emit_patches)) {
		wq_error("%s: cannot create the directory: %s",
			 st->o->emit_patches, strerror(errno));
		st->failed = 1;
		return;
	}
	if (subject_ident(st->roots[0].dir, &name, &email) && st->o->signoff) {
		wq_error("--signoff needs user.name and user.email in git "
			 "config (or GIT_AUTHOR_NAME and GIT_AUTHOR_EMAIL)");
		st->failed = 1;
		goto out;
	}
	m.name = name;
	m.email = email;
	m.date = epoch && *epoch ? (time_t)strtoll(epoch, NULL, 10) :
				   time(NULL);
	remove_old_series(st->o->emit_patches);
	v = build_patches(st, &n);
	write_series(st, v, n, &m);
	verify_apply(st, v, n);
	verify_checkpatch(st, v, n);
	for (i = 0; i < n; i++)
		free_patch(&v[i]);
	free(v);
out:
	free(name);
	free(email);
}
