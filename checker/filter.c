// SPDX-License-Identifier: GPL-2.0-only
/*
 * Sorting and deduplication. Two records for the same check of the same
 * rule are one finding: a header reached twice, or two rule files that
 * agree. The one with the highest confidence is kept.
 */
#include "filter.h"

#include <stdlib.h>
#include <string.h>

#include "util.h"

static int cmp_place(const struct record *x, const struct record *y)
{
	int c = strcmp(x->path, y->path);

	if (c)
		return c;
	if (x->line != y->line)
		return x->line < y->line ? -1 : 1;
	if (x->column != y->column)
		return x->column < y->column ? -1 : 1;
	return strcmp(x->f[REC_RULE], y->f[REC_RULE]);
}

static int cmp_finding(const void *a, const void *b)
{
	const struct record *x = *(struct record *const *)a;
	const struct record *y = *(struct record *const *)b;
	int c = cmp_place(x, y);

	if (c)
		return c;
	if (x->confidence != y->confidence)
		return x->confidence > y->confidence ? -1 : 1;
	return strcmp(x->f[REC_MESSAGE], y->f[REC_MESSAGE]);
}

void filter_findings(struct record *recs, size_t n, enum confidence min,
		     struct findings *out)
{
	size_t i, k = 0;

	memset(out, 0, sizeof(*out));
	out->v = xcalloc(n, sizeof(*out->v));
	for (i = 0; i < n; i++) {
		if (recs[i].confidence == CONF_NONE)
			continue; /* the judge found it serialised */
		if (recs[i].confidence >= min)
			out->v[out->n++] = &recs[i];
		else
			out->below++;
	}
	sort_array(out->v, out->n, sizeof(*out->v), cmp_finding);
	for (i = 0; i < out->n; i++) {
		if (k && !cmp_place(out->v[k - 1], out->v[i])) {
			out->dups++;
			continue;
		}
		out->v[k++] = out->v[i];
	}
	out->n = k;
}

void findings_free(struct findings *f)
{
	free(f->v);
	memset(f, 0, sizeof(*f));
}
