// SPDX-License-Identifier: GPL-2.0-only
/*
 * checkpatch.pl's output, as with --show-types: for each finding
 *
 *   WARNING:WAITQUEUE_ACTIVE_NO_BARRIER: message
 *   #1158: FILE: fs/aio.c:1158:
 *   +	if (waitqueue_active(&ctx->wait))
 *
 * or with --terse one line, "fs/aio.c:1158: WARNING:TYPE: message"; and
 * checkpatch's closing "total: ..." line. On a file (checkpatch -f) the
 * "#N" is the line in the file.
 */
#include <stdlib.h>

#include "format.h"
#include "util.h"

int format_checkpatch(FILE *out, const struct report *r)
{
	size_t i;

	for (i = 0; i < r->n; i++) {
		const struct record *rec = r->v[i];
		char *path = escape_path(rec->path), *src;

		if (r->opt->terse) {
			fprintf(out, "%s:%ld: WARNING:%s: %s\n", path,
				rec->line, CHECKPATCH_TYPE,
				rec->f[REC_MESSAGE]);
			free(path);
			continue;
		}
		src = source_line(rec->path, rec->line);
		fprintf(out, "WARNING:%s: %s\n#%ld: FILE: %s:%ld:\n+%s\n\n",
			CHECKPATCH_TYPE, rec->f[REC_MESSAGE], rec->line, path,
			rec->line, src ? src : "");
		free(src);
		free(path);
	}
	source_line(NULL, 0);
	fprintf(out, "total: 0 errors, %zu warnings, %zu lines checked\n", r->n,
		r->scan->st.lines);
	return fflush(out) || ferror(out) ? -1 : 0;
}
