// SPDX-License-Identifier: GPL-2.0-only
/*
 * Fuzz the patch and mail reader of --patch (patch_read.c). Properties
 * beyond "no crash, no leak":
 *   - a patch that parses names only paths inside the tree: never
 *     absolute, never a ".." component (--patch refuses the rest);
 *   - each file has a path, hunk lines are '+', '-' or ' ' and their
 *     line numbers in the patch grow;
 *   - applying a one-hunk file to the text made of the hunk's old side
 *     succeeds; whenever applying succeeds, every line's new_line is
 *     within the new text.
 */
#include <stdlib.h>
#include <string.h>

#include "../patch_read.h"
#include "../util.h"
#include "fuzz.h"

static size_t count_lines(const char *s, size_t n)
{
	size_t i, k = 0;

	for (i = 0; i < n; i++)
		k += s[i] == '\n';
	return k;
}

/* The old side of @f's hunks, one after the other. */
static char *old_side(const struct patch_file *f, size_t *len)
{
	struct strbuf sb = { 0 };
	size_t h, i;

	for (h = 0; h < f->nhunks; h++) {
		for (i = 0; i < f->hunks[h].nlines; i++) {
			const struct patch_line *pl = &f->hunks[h].lines[i];

			if (pl->kind == '+')
				continue;
			sb_puts(&sb, pl->text);
			sb_putc(&sb, '\n');
		}
	}
	*len = sb.len;
	return sb.buf ? sb_detach(&sb) : xstrdup("");
}

static void check_file(struct patch_file *f)
{
	char err[256], *old, *out;
	size_t oldlen, outlen, h, i, lines;
	long last = f->patch_line - 1;

	FUZZ_ASSERT(f->old_path || f->new_path);
	FUZZ_ASSERT(!f->old_path || patch_path_ok(f->old_path));
	FUZZ_ASSERT(!f->new_path || patch_path_ok(f->new_path));
	for (h = 0; h < f->nhunks; h++) {
		const struct patch_hunk *hk = &f->hunks[h];

		FUZZ_ASSERT(hk->patch_line > last);
		last = hk->patch_line;
		for (i = 0; i < hk->nlines; i++) {
			const struct patch_line *pl = &hk->lines[i];

			FUZZ_ASSERT(pl->kind == '+' || pl->kind == '-' ||
				    pl->kind == ' ');
			FUZZ_ASSERT(pl->patch_line > last);
			FUZZ_ASSERT(pl->text);
			last = pl->patch_line;
		}
	}
	/*
	 * A hunk line's text stops at a NUL, and one ending in '\r' reads
	 * back without it: such text cannot be matched again, skip it.
	 */
	old = old_side(f, &oldlen);
	if (strlen(old) != oldlen || strstr(old, "\r\n")) {
		free(old);
		return;
	}
	err[0] = '\0';
	if (patch_apply(f, old, oldlen, &out, &outlen, err, sizeof(err))) {
		FUZZ_ASSERT(err[0]);
		FUZZ_ASSERT(f->nhunks != 1);
		free(old);
		return;
	}
	lines = count_lines(out, outlen);
	for (h = 0; h < f->nhunks; h++)
		for (i = 0; i < f->hunks[h].nlines; i++)
			FUZZ_ASSERT(f->hunks[h].lines[i].new_line >= 0 &&
				    (size_t)f->hunks[h].lines[i].new_line <=
					    lines);
	free(out);
	free(old);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct patch p;
	char err[512];
	size_t i;

	err[0] = '\0';
	if (patch_parse((const char *)data, size, &p, err, sizeof(err))) {
		FUZZ_ASSERT(err[0]);
		return 0;
	}
	FUZZ_ASSERT(p.nfiles > 0);
	for (i = 0; i < p.nfiles; i++)
		check_file(&p.files[i]);
	patch_free(&p);
	return 0;
}
