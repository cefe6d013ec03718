// SPDX-License-Identifier: GPL-2.0-only
/* Planning the spatch runs of a pass, and writing what they read. */
#include "batch.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "scan_read.h"
#include "util.h"

static int cmp_cost(const void *a, const void *b, void *arg)
{
	const struct cfile *f = arg;
	double x = f[*(const size_t *)a].cost, y = f[*(const size_t *)b].cost;

	return x < y ? 1 : x > y ? -1 : 0;
}

/*
 * Spread the files over one batch per job, heaviest file first into the
 * lightest batch: each spatch start costs about 0.15 s (parsing the
 * semantic patch, starting Python), as much as the rules take on 10
 * files, and a tail of small batches to even out the guess cost more
 * than it saved.
 */
struct batch *batch_plan(const struct candidates *c, long jobs, size_t *n)
{
	size_t nb = (size_t)jobs, i, *order;
	struct batch *b;
	double *load;

	if (nb > c->n)
		nb = c->n;
	order = xcalloc(c->n, sizeof(*order));
	for (i = 0; i < c->n; i++)
		order[i] = i;
	if (c->n > 1)
		qsort_r(order, c->n, sizeof(*order), cmp_cost, c->v);
	b = xcalloc(nb, sizeof(*b));
	load = xcalloc(nb, sizeof(*load));
	for (i = 0; i < c->n; i++) {
		size_t k, min = 0;

		for (k = 1; k < nb; k++)
			if (load[k] < load[min])
				min = k;
		load[min] += c->v[order[i]].cost;
		b[min].files = xrealloc(b[min].files,
					(b[min].nfiles + 1) * sizeof(size_t));
		b[min].files[b[min].nfiles++] = order[i];
	}
	free(order);
	free(load);
	*n = nb;
	return b;
}

void batch_single(struct batch *b, size_t file, size_t rule)
{
	memset(b, 0, sizeof(*b));
	b->files = xmalloc(sizeof(size_t));
	b->files[0] = file;
	b->nfiles = 1;
	b->rule = rule;
}

static const char *ext_of(const char *path)
{
	return path_is_header(path) ? "h" : "c";
}

/*
 * The file "paths" of the batch: each copy's index and the file it is a
 * copy of, NUL-separated (a name may hold any byte but NUL), for the
 * rules that read what the file includes (the waiter index's wrappers
 * in a header of the file's directory).
 */
static int write_paths(const struct batch *b, const struct candidates *c)
{
	struct strbuf sb = { 0 };
	char *p = xasprintf("%s/paths", b->dir);
	int fd = open(p, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
	size_t i;
	int bad;

	for (i = 0; i < b->nfiles; i++) {
		char *num = xasprintf("%zu", b->files[i]);

		sb_add(&sb, num, strlen(num) + 1);
		sb_add(&sb, c->v[b->files[i]].path,
		       strlen(c->v[b->files[i]].path) + 1);
		free(num);
	}
	bad = fd < 0 || write_all(fd, sb.buf ? sb.buf : "", sb.len) |
				close(fd);
	free(sb.buf);
	free(p);
	if (bad)
		wq_error("%s: %s", b->dir, strerror(errno));
	return bad ? -1 : 0;
}

int batch_write(struct batch *b, const struct candidates *c, const char *tmpdir,
		const char *name)
{
	size_t i;

	b->dir = xasprintf("%s/%s", tmpdir, name);
	if (mkdir(b->dir, 0700) && errno != EEXIST)
		goto fail;
	for (i = 0; i < b->nfiles; i++) {
		const struct cfile *f = &c->v[b->files[i]];
		char *p = xasprintf("%s/%zu.%s", b->dir, b->files[i],
				    ext_of(f->path));
		int fd =
			open(p, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);

		free(p);
		if (fd < 0 ||
		    write_all(fd, f->red.text, f->red.len) | close(fd))
			goto fail;
	}
	return write_paths(b, c);
fail:
	wq_error("%s: %s", b->dir, strerror(errno));
	return -1;
}

void batch_free(struct batch *b)
{
	free(b->files);
	free(b->dir);
}
