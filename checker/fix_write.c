// SPDX-License-Identifier: GPL-2.0-only
/*
 * Writing into the scanned tree, the only place the fix stage does:
 * --verify-build puts a fixed file in place for the time of one make of
 * its object and then the original back; --fix replaces each file whose
 * fix verified, atomically (write_atomic_owned(): a temporary file
 * beside it, flushed, renamed over it), and never through a link that
 * leads out of the tree scanned.
 */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cmd.h"
#include "emit_patches.h"
#include "fix_files.h"
#include "util.h"

#define BUILD_LIMIT 7200.0 /* seconds for one make of one object */

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

void fix_in_place(struct fix_stage *st)
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

void fix_build_one(struct fix_stage *st, struct ffile *f)
{
	const char *root = f->root->dir;
	char *obj = xstrdup(f->relpath), *config = path_join(root, ".config");
	char jobs[32], real[PATH_MAX];
	const char *argv[] = { "make", jobs, obj, NULL };
	struct strbuf out = { 0 };
	size_t n = strlen(obj);
	int status;
	double t0 = now_seconds();

	snprintf(jobs, sizeof(jobs), "-j%ld", st->jobs);
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
