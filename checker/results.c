// SPDX-License-Identifier: GPL-2.0-only
/* The scan's results: appending to them, tidying and freeing them. */
#include "results.h"

#include <stdlib.h>
#include <string.h>

#include "util.h"

/* @v, holding *@cap items of @size, with room for item @n. */
static void *grow(void *v, size_t n, size_t *cap, size_t size, size_t first)
{
	if (n < *cap)
		return v;
	*cap = *cap ? *cap * 2 : first;
	return xrealloc(v, *cap * size);
}

void results_add_record(struct scan_result *r, struct record *rec,
			const char *path)
{
	r->recs = grow(r->recs, r->nrecs, &r->recs_cap, sizeof(*r->recs), 64);
	free(rec->path);
	rec->path = xstrdup(path);
	r->recs[r->nrecs++] = *rec;
}

void results_add_waiter(struct scan_result *r, struct waiter *w,
			const char *path)
{
	r->waiters = grow(r->waiters, r->nwaiters, &r->waiters_cap,
			  sizeof(*r->waiters), 64);
	waiter_set_file(w, path);
	r->waiters[r->nwaiters++] = *w;
}

int results_take_line(struct scan_result *r, const char *line, size_t n,
		      const char *path, char *err, size_t errlen)
{
	struct record rec;
	struct waiter w;
	int ret = record_parse(line, n, &rec, err, errlen);

	if (ret == 1)
		results_add_record(r, &rec, path);
	if (ret)
		return ret;
	ret = waiter_parse(line, n, &w, err, errlen);
	if (ret == 1)
		results_add_waiter(r, &w, path);
	if (ret)
		return ret;
	return account_take_line(r, line, n, path);
}

void results_add_unanalysed(struct scan_result *r, struct unanalysed *u)
{
	r->una = grow(r->una, r->nuna, &r->una_cap, sizeof(*r->una), 16);
	r->una[r->nuna++] = *u;
}

void results_add_unparsed(struct scan_result *r, const char *path,
			  const char *function, long line, long last)
{
	r->unparsed = grow(r->unparsed, r->nunparsed, &r->unparsed_cap,
			   sizeof(*r->unparsed), 16);
	r->unparsed[r->nunparsed++] = (struct unparsed){
		xstrdup(path), function ? xstrdup(function) : NULL, line, last
	};
}

void results_add_not_checked(struct scan_result *r, const char *path,
			     char *reason)
{
	r->nc = grow(r->nc, r->nnc, &r->nc_cap, sizeof(*r->nc), 16);
	r->nc[r->nnc++] = (struct not_checked){ xstrdup(path), reason };
}

static int cmp_unparsed(const void *a, const void *b)
{
	const struct unparsed *x = a, *y = b;
	int c = strcmp(x->path, y->path);

	if (c)
		return c;
	if (x->line != y->line)
		return x->line < y->line ? -1 : 1;
	return strcmp(x->function ? x->function : "",
		      y->function ? y->function : "");
}

static int cmp_nc(const void *a, const void *b)
{
	return strcmp(((const struct not_checked *)a)->path,
		      ((const struct not_checked *)b)->path);
}

static int cmp_una(const void *a, const void *b)
{
	const struct unanalysed *x = a, *y = b;
	int c = strcmp(x->path, y->path);

	if (c)
		return c;
	if (x->line != y->line)
		return x->line < y->line ? -1 : 1;
	return strcmp(x->test, y->test);
}

static void free_una(void *p)
{
	struct unanalysed *u = p;

	free(u->path);
	free(u->test);
	free(u->kind);
	free(u->why);
}

static void free_unparsed(void *p)
{
	struct unparsed *u = p;

	free(u->path);
	free(u->function);
}

static void free_nc(void *p)
{
	struct not_checked *nc = p;

	free(nc->path);
	free(nc->reason);
}

/* Sort @n items of @size at @v and drop the repeats; how many are left. */
static size_t sort_unique(void *v, size_t n, size_t size,
			  int (*cmp)(const void *, const void *),
			  void (*drop)(void *))
{
	char *base = v;
	size_t i, k = 0;

	sort_array(v, n, size, cmp);
	for (i = 0; i < n; i++) {
		if (k && !cmp(base + (k - 1) * size, base + i * size)) {
			drop(base + i * size);
			continue;
		}
		if (k != i)
			memcpy(base + k * size, base + i * size, size);
		k++;
	}
	return k;
}

void results_tidy(struct scan_result *r)
{
	r->nunparsed = sort_unique(r->unparsed, r->nunparsed,
				   sizeof(*r->unparsed), cmp_unparsed,
				   free_unparsed);
	r->nnc = sort_unique(r->nc, r->nnc, sizeof(*r->nc), cmp_nc, free_nc);
	r->nuna = sort_unique(r->una, r->nuna, sizeof(*r->una), cmp_una,
			      free_una);
}

void scan_free(struct scan_result *res)
{
	size_t i;

	for (i = 0; i < res->nrecs; i++)
		record_free(&res->recs[i]);
	free(res->recs);
	for (i = 0; i < res->nunparsed; i++) {
		free(res->unparsed[i].path);
		free(res->unparsed[i].function);
	}
	free(res->unparsed);
	for (i = 0; i < res->nnc; i++) {
		free(res->nc[i].path);
		free(res->nc[i].reason);
	}
	free(res->nc);
	for (i = 0; i < res->nwaiters; i++)
		waiter_free(&res->waiters[i]);
	free(res->waiters);
	for (i = 0; i < res->nuna; i++)
		free_una(&res->una[i]);
	free(res->una);
	memset(res, 0, sizeof(*res));
}
