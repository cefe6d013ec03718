// SPDX-License-Identifier: GPL-2.0-only
/*
 * The fix stage. Nothing in the scanned tree changes unless --fix asks
 * for it (or, for the time of one build, --verify-build): the fixed
 * texts live in memory and in a temporary directory, where they are
 * scanned again and where the patches are applied to copies of the
 * originals. A file is replaced only when its fix verified, by writing a
 * temporary file beside it, flushing it to disk and renaming it over the
 * original.
 */
#include "fix_stage.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "cmd.h"
#include "diff.h"
#include "emit_patches.h"
#include "fix.h"
#include "subject.h"
#include "util.h"

#define BUILD_LIMIT 7200.0 /* seconds for one make of one object */

struct root {
	char *arg; /* the PATH given, without trailing slashes */
	char *dir; /* the tree's root */
	int is_git;
};

struct ffile {
	const char *path; /* as shown */
	char *relpath; /* relative to the root */
	const struct root *root;
	char *orig;
	size_t orig_len;
	unsigned int mode;
	long uid, gid;
	struct src_text text;
	struct record **recs;
	size_t nrecs;
	struct fix_plan plan;
	char *fixed;
	size_t fixed_len;
	char *tmp_path; /* the fixed copy that was scanned again */
	char *prefix;
	int bad; /* did not verify: not written, no patch */
	int first_group, ngroups;
};

struct stage {
	const struct options *o;
	const struct scan_config *cfg;
	const struct scan_result *s;
	struct root *roots;
	size_t nroots;
	struct ffile *files;
	size_t nfiles;
	char *tmp;
	int failed;
	size_t not_fixed;
};

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

static void find_roots(struct stage *st)
{
	size_t i;

	st->nroots = st->o->npaths;
	st->roots = xcalloc(st->nroots + 1, sizeof(*st->roots));
	for (i = 0; i < st->nroots; i++) {
		st->roots[i].arg = strip_slashes(st->o->paths[i]);
		st->roots[i].dir = subject_tree_root(st->roots[i].arg,
						     &st->roots[i].is_git);
	}
}

/* The PATH given that @path was found under: the longest that fits. */
static const struct root *root_of(const struct stage *st, const char *path)
{
	const struct root *best = NULL;
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
	return best ? best : &st->roots[0];
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

static void note_skips(struct stage *st, struct ffile *f)
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

static int load_file(struct stage *st, struct ffile *f)
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

static void plan_files(struct stage *st, struct record *const *v, size_t n)
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

/* ---- the rescan ---- */

static int write_copy(const char *path, const char *text, size_t len)
{
	const char *slash = strrchr(path, '/');
	char *dir = xstrndup(path, (size_t)(slash - path));
	int ret = mkdir_p(dir) ? -1 : write_atomic(path, text, len, 0600);

	free(dir);
	return ret;
}


static int has_edits(const struct ffile *f)
{
	return !f->bad && f->plan.nedits > 0;
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

static void verify_rescan(struct stage *st, struct ffile *f,
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

/* Scan the fixed copies: every fixed finding gone, no new one. */
static void rescan(struct stage *st)
{
	char **paths = xcalloc(st->nfiles + 1, sizeof(*paths));
	struct scan_config cfg = *st->cfg;
	struct scan_result again;
	size_t i, n = 0;

	for (i = 0; i < st->nfiles; i++) {
		struct ffile *f = &st->files[i];

		if (!has_edits(f))
			continue;
		f->tmp_path = xasprintf("%s/rescan/%zu/%s", st->tmp, i,
					f->relpath);
		if (write_copy(f->tmp_path, f->fixed, f->fixed_len)) {
			wq_warn("%s: %s", f->tmp_path, strerror(errno));
			f->bad = 1;
			continue;
		}
		paths[n++] = f->tmp_path;
	}
	if (!n)
		goto out;
	cfg.paths = paths;
	cfg.npaths = n;
	cfg.progress = 0;
	if (scan_run(&cfg, &again)) {
		if (!wq_interrupted)
			wq_warn("the fixed files could not be scanned again");
		for (i = 0; i < st->nfiles; i++)
			st->files[i].bad |= has_edits(&st->files[i]);
		scan_free(&again);
		goto out;
	}
	for (i = 0; i < st->nfiles; i++)
		if (has_edits(&st->files[i]))
			verify_rescan(st, &st->files[i], &again);
	scan_free(&again);
out:
	free(paths);
}

/* ---- patches ---- */

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

static int write_patch(struct stage *st, struct patch *pt,
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

/* Apply the patches in order to copies of the originals, git or patch. */
static void verify_apply(struct stage *st, struct patch *v, size_t n)
{
	int git = cmd_exists("git");
	char *ceiling = xasprintf("GIT_CEILING_DIRECTORIES=%s", st->tmp);
	size_t i;

	if (!git && !cmd_exists("patch")) {
		wq_warn("neither git nor patch is installed: the patches were "
			"not test-applied");
		st->failed = 1;
		free(ceiling);
		return;
	}
	for (i = 0; i < st->nfiles; i++) {
		struct ffile *f = &st->files[i];
		char *copy;

		if (!has_edits(f))
			continue;
		copy = xasprintf("%s/apply/%zu/%s", st->tmp,
				 (size_t)(f->root - st->roots), f->relpath);
		if (write_copy(copy, f->orig, f->orig_len)) {
			wq_warn("%s: %s", copy, strerror(errno));
			st->failed = 1;
		}
		free(copy);
	}
	for (i = 0; i < n && !wq_interrupted; i++) {
		char *dir = xasprintf("%s/apply/%zu", st->tmp,
				      (size_t)(v[i].f->root - st->roots));
		char real[PATH_MAX];
		const char *abs = realpath(v[i].path, real) ? real : v[i].path;
		const char *check_git[] = { "env", ceiling, "git", "apply",
					    "--check", abs, NULL };
		const char *apply_git[] = { "env", ceiling, "git", "apply",
					    abs, NULL };
		const char *check_patch[] = { "patch", "-p1", "--dry-run",
					      "-s", "-i", abs, NULL };
		const char *apply_patch[] = { "patch", "-p1", "-s", "-i",
					      abs, NULL };
		struct strbuf err = { 0 };

		if (cmd_run(dir, git ? check_git : check_patch, 300, &err,
			    &err) ||
		    cmd_run(dir, git ? apply_git : apply_patch, 300, &err,
			    &err)) {
			wq_warn("%s: does not apply with %s: %.*s", v[i].path,
				git ? "git apply --check" :
				      "patch -p1 --dry-run",
				(int)strcspn(err.buf ? err.buf : "", "\n"),
				err.buf ? err.buf : "");
			v[i].f->bad = 1;
			st->failed = 1;
		}
		sb_free(&err);
		free(dir);
	}
	/* The series gives exactly the fixed files. */
	for (i = 0; i < st->nfiles && !wq_interrupted; i++) {
		struct ffile *f = &st->files[i];
		char *copy, *buf;
		size_t len;

		if (!has_edits(f))
			continue;
		copy = xasprintf("%s/apply/%zu/%s", st->tmp,
				 (size_t)(f->root - st->roots), f->relpath);
		if (read_file(copy, &buf, &len) || len != f->fixed_len ||
		    memcmp(buf, f->fixed, len)) {
			wq_warn("%s: the patches do not give the fixed file",
				f->relpath);
			f->bad = 1;
			st->failed = 1;
		}
		free(buf);
		free(copy);
	}
	free(ceiling);
}

static void verify_checkpatch(struct stage *st, struct patch *v, size_t n)
{
	size_t i;

	for (i = 0; i < n && !wq_interrupted; i++) {
		const char *root = v[i].f->root->dir;
		char *script = path_join(root, "scripts/checkpatch.pl");
		char real[PATH_MAX];
		const char *abs = realpath(v[i].path, real) ? real : v[i].path;
		const char *argv[] = { "perl", "scripts/checkpatch.pl",
				       "--strict", "--no-tree", "-q", abs,
				       st->o->signoff ? NULL : "--no-signoff",
				       NULL };
		struct strbuf out = { 0 };

		if (!access(script, R_OK) &&
		    cmd_run(root, argv, 300, &out, &out)) {
			wq_warn("%s: checkpatch.pl --strict is not content:\n%s",
				v[i].path, out.buf ? out.buf : "");
			v[i].f->bad = 1;
			st->failed = 1;
		}
		sb_free(&out);
		free(script);
	}
}

static void emit(struct stage *st)
{
	struct patch *v = NULL;
	struct patch_meta m = { .signoff = st->o->signoff };
	struct strbuf series = { 0 };
	const char *epoch = getenv("SOURCE_DATE_EPOCH");
	char *name, *email, *sp;
	size_t i, n = 0, first;
	int g;

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
	/* Allocated once: each patch points into itself. */
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
	for (i = 0; i < n && !wq_interrupted; i++) {
		if (write_patch(st, &v[i], &m, (int)i + 1))
			continue;
		sb_printf(&series, "%s\n", v[i].name);
	}
	sp = path_join(st->o->emit_patches, "series");
	if (write_atomic(sp, series.buf ? series.buf : "", series.len, 0644)) {
		wq_warn("%s: %s", sp, strerror(errno));
		st->failed = 1;
	}
	free(sp);
	verify_apply(st, v, n);
	verify_checkpatch(st, v, n);
	for (i = 0; i < n; i++)
		free_patch(&v[i]);
	free(v);
	sb_free(&series);
out:
	free(name);
	free(email);
}

/* ---- --fix ---- */

/*
 * Whether @real, a real path, is inside the PATH @f was found under (for
 * a file PATH, its directory): --fix never writes outside the tree it
 * scanned, through a symbolic link or otherwise.
 */
static int inside_scanned(const struct ffile *f, const char *real)
{
	const char *arg = f->root->arg, *slash;
	char base[PATH_MAX], *dir;
	struct stat st;
	size_t n;
	int ok;

	if (!stat(arg, &st) && S_ISDIR(st.st_mode)) {
		dir = xstrdup(arg);
	} else {
		slash = strrchr(arg, '/');
		dir = slash == arg   ? xstrdup("/") :
		      slash	     ? xstrndup(arg, (size_t)(slash - arg)) :
					 xstrdup(".");
	}
	ok = realpath(dir, base) != NULL;
	free(dir);
	if (!ok)
		return 0;
	n = strlen(base);
	return !strcmp(base, "/") || (!strncmp(real, base, n) && real[n] == '/');
}

static void fix_in_place(struct stage *st)
{
	size_t i;

	for (i = 0; i < st->nfiles; i++) {
		struct ffile *f = &st->files[i];
		char real[PATH_MAX], *p = escape_path(f->path);

		if (!has_edits(f) || wq_interrupted) {
			free(p);
			continue;
		}
		/*
		 * A link inside the tree is followed: the file it names is
		 * replaced. One that leads out of the tree is not.
		 */
		if (realpath(f->path, real) && !inside_scanned(f, real)) {
			wq_warn("%s: not fixed: it leads to %s, outside the "
				"tree scanned",
				p, real);
			f->bad = 1; /* not counted as fixed */
			st->failed = 1;
		} else if (!realpath(f->path, real) ||
			   write_atomic_owned(real, f->fixed, f->fixed_len,
					      f->mode, f->uid, f->gid)) {
			wq_warn("%s: cannot write the fixed file: %s", p,
				strerror(errno));
			f->bad = 1;
			st->failed = 1;
		} else if (!st->o->quiet) {
			fprintf(stderr, "wqcheck: fixed %s\n", p);
		}
		free(p);
	}
}

/* ---- --verify-build ---- */

static int kernel_tree(const char *root)
{
	char *mk = path_join(root, "Makefile"), *kb = path_join(root, "Kbuild");
	int ret = !access(mk, R_OK) && !access(kb, R_OK);

	free(mk);
	free(kb);
	return ret;
}

static void build_one(struct stage *st, struct ffile *f)
{
	const char *root = f->root->dir;
	char *obj = xstrdup(f->relpath), *config = path_join(root, ".config");
	char jobs[32], real[PATH_MAX];
	const char *argv[] = { "make", jobs, obj, NULL };
	struct strbuf out = { 0 };
	size_t n = strlen(obj);
	int status;
	double t0 = now_seconds();

	snprintf(jobs, sizeof(jobs), "-j%ld", st->cfg->jobs);
	if (n < 3 || strcmp(obj + n - 2, ".c")) {
		wq_warn("%s: --verify-build builds .c files only", f->relpath);
		goto out;
	}
	obj[n - 1] = 'o';
	if (!kernel_tree(root) || access(config, R_OK)) {
		wq_warn("%s: --verify-build needs a configured kernel tree "
			"(%s has no Makefile, Kbuild or .config; run make "
			"defconfig there)",
			f->relpath, root);
		st->failed = 1;
		goto out;
	}
	/* The fixed text is in place only for the build; --fix comes after. */
	if (!realpath(f->path, real) ||
	    write_atomic_owned(real, f->fixed, f->fixed_len, f->mode, f->uid,
			       f->gid)) {
		wq_warn("%s: %s", f->path, strerror(errno));
		st->failed = 1;
		goto out;
	}
	status = cmd_run(root, argv, BUILD_LIMIT, &out, &out);
	if (write_atomic_owned(real, f->orig, f->orig_len, f->mode, f->uid,
			       f->gid)) {
		wq_error("%s: cannot put the original back: %s", f->path,
			 strerror(errno));
		st->failed = 1;
	}
	if (status) {
		wq_warn("%s: make %s failed with the fix:\n%s", f->relpath, obj,
			out.buf ? out.buf : "");
		f->bad = 1;
		st->failed = 1;
	} else if (!st->o->quiet) {
		fprintf(stderr, "wqcheck: make %s: built with the fix (%.0f s)\n",
			obj, now_seconds() - t0);
	}
out:
	sb_free(&out);
	free(obj);
	free(config);
}

/* ---- the stage ---- */

static void free_stage(struct stage *st)
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
	if (st->tmp)
		remove_tree(st->tmp);
	free(st->tmp);
}

static void summary(const struct stage *st)
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

int fix_stage(const struct options *o, const struct scan_config *cfg,
	      const struct scan_result *s, struct record *const *v, size_t n)
{
	struct stage st = { .o = o, .cfg = cfg, .s = s };
	size_t i;

	find_roots(&st);
	st.tmp = make_temp_dir("wqcheck-fix");
	if (!st.tmp) {
		st.failed = 1;
		goto out;
	}
	plan_files(&st, v, n);
	rescan(&st);
	for (i = 0; i < st.nfiles; i++)
		st.failed |= st.files[i].bad;
	if (wq_interrupted)
		goto out;
	if (o->emit_patches)
		emit(&st);
	for (i = 0; o->verify_build && i < st.nfiles && !wq_interrupted; i++)
		if (has_edits(&st.files[i]))
			build_one(&st, &st.files[i]);
	if (o->fix && !wq_interrupted)
		fix_in_place(&st);
	if (!wq_interrupted && (!o->quiet || st.failed))
		summary(&st);
out:
	if (wq_interrupted)
		wq_error("interrupted: %s",
			 o->fix ? "the files written so far are whole, the "
				  "others untouched" :
				  "the patches and their checks are incomplete");
	free_stage(&st);
	return st.failed || wq_interrupted ? -1 : 0;
}
