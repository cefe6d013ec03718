// SPDX-License-Identifier: GPL-2.0-only
/*
 * checkpatch.pl's output for wqcheck --patch. For each finding, as
 * checkpatch.pl prints a report on a patch:
 *
 *   WARNING: message                         (--show-types: WARNING:TYPE:)
 *   #N: FILE: path:line:                     (N: the line in the patch)
 *   +the patch's line
 *   (a blank line)
 *
 * --terse: "PATCH:N: WARNING: message" (checkpatch.pl's --emacs prefix,
 * the patch's name and line); --showfile: "path:line: " instead, and no
 * "#N" line. Then "total: 0 errors, W warnings, L lines checked" (not
 * with --no-summary, nor with -q or --terse on a clean patch) and, unless
 * -q or --terse, the verdict line naming the patch.
 */
#include <stdlib.h>
#include <string.h>

#include "format.h"
#include "util.h"

static char *message(const struct patch_finding *f)
{
	if (f->why != WHY_REMOVED)
		return xstrdup(f->rec->f[REC_MESSAGE]);
	return xasprintf("%s (this patch removes '%s' at #%ld)",
			 f->rec->f[REC_MESSAGE], f->removed, f->removed_line);
}

static void one(FILE *out, const struct patch_report *r,
		const struct patch_finding *f)
{
	const struct options *o = r->opt;
	char *path = escape_path(f->rec->path), *msg = message(f);
	char *level = o->show_types ? xstrdup("WARNING:" CHECKPATCH_TYPE ":") :
				      xstrdup("WARNING:");

	if (o->showfile)
		fprintf(out, "%s:%ld: ", path, f->file_line);
	else if (o->terse)
		fprintf(out, "%s:%ld: ", r->opt->patch, f->patch_line);
	fprintf(out, "%s %s\n", level, msg);
	if (!o->terse) {
		if (!o->showfile)
			fprintf(out, "#%ld: FILE: %s:%ld:\n", f->patch_line,
				path, f->file_line);
		fwrite(f->raw, 1, f->rawlen, out);
		fputs("\n\n", out);
	}
	free(level);
	free(msg);
	free(path);
}

int format_patch(FILE *out, const struct patch_report *r)
{
	const struct options *o = r->opt;
	int quiet = o->quiet || o->terse, clean = !r->n;
	size_t i;

	for (i = 0; i < r->n; i++)
		one(out, r, &r->v[i]);
	if (!o->no_summary && !(clean && quiet))
		fprintf(out,
			"total: 0 errors, %zu warnings, %zu lines checked\n",
			r->n, r->lines_checked);
	if (!quiet)
		fprintf(out,
			clean ? "\n%s has no obvious style problems and is "
				"ready for submission.\n" :
				"\n%s has style problems, please review.\n",
			r->name);
	return fflush(out) || ferror(out) ? -1 : 0;
}
