// SPDX-License-Identifier: GPL-2.0-only
/*
 * The scan, stage by stage: walk the PATHs (walk.c), read each file once
 * and keep the candidates (prefilter.c), answer what the cache knows
 * (cache.c), blank out what spatch need not parse (reduce.c), run spatch
 * on batches of reduced copies in a temporary directory (run.c), and
 * read what it printed (records.c).
 *
 * spatch is given reduced copies named <index>.c or <index>.h, never the
 * user's file names: those may hold spaces or newlines, and the index
 * leads straight back to the file.
 */
#include "scan.h"

#include <errno.h>
#include <stdatomic.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "callers.h"
#include "prefilter.h"
#include "reduce.h"
#include "run.h"
#include "util.h"
#include "walk.h"

#define BLOB_HEADER "wqcheck-cache\n"

struct sfile {
	char *path; /* as shown to the user */
	char hash[SHA256_HEX_LEN + 1];
	struct reduced red;
	double cost; /* a guess at spatch's time for it */
	int pending; /* spatch runs still to finish */
	int failed; /* not checked */
	long bad_from; /* where to look for the next bad region */
	struct strbuf blob; /* its cache entry, as it is built */
};

struct batch {
	size_t *files;
	size_t nfiles;
	size_t rule; /* a rerun is for one rule file only */
	char *dir;
};

/* One spatch run: a batch with one rule file. */
struct unit {
	struct batch *b;
	size_t rule;
};

struct scanner {
	const struct scan_config *cfg;
	struct scan_result *res;
	struct sfile *files; /* the candidates spatch has to see */
	size_t nfiles, files_cap;
	struct batch *retry; /* single-file reruns of failed batches */
	size_t nretry, retry_cap;
	char *tmpdir;
	size_t recs_cap, unp_cap, nc_cap;
	size_t done, total, shown; /* for the progress line */
	double t0, last_draw;
	int drawn;
	char *fatal; /* spatch failed before reading any file */
	int bad_record_warned;
	/* what differs between the two passes */
	const struct matcher *triggers; /* what makes a file a candidate */
	char *callees; /* second pass: "-D callees=" and its value */
	const char **homes; /* second pass: where each helper is, or NULL */
	size_t nhomes;
	const struct matcher *anywhere; /* ... helpers defined in headers */
	char salt[SHA256_HEX_LEN + 1]; /* second pass: in the cache key */
	char timeout[24]; /* spatch's --timeout value */
	atomic_llong reduce_ns; /* time the reading threads spent reducing */
	char *const *rules; /* the rule files of this pass */
	size_t nrules;
};

/* ---- results ---- */

static void add_record(struct scanner *s, struct record *rec, const char *path)
{
	struct scan_result *r = s->res;

	if (r->nrecs == s->recs_cap) {
		s->recs_cap = s->recs_cap ? s->recs_cap * 2 : 64;
		r->recs = xrealloc(r->recs, s->recs_cap * sizeof(*r->recs));
	}
	free(rec->path);
	rec->path = xstrdup(path);
	r->recs[r->nrecs++] = *rec;
	if (rec->confidence >= s->cfg->min_confidence)
		s->shown++;
}

static void add_unparsed(struct scanner *s, const char *path,
			 const char *function, long line, long last)
{
	struct scan_result *r = s->res;

	if (r->nunparsed == s->unp_cap) {
		s->unp_cap = s->unp_cap ? s->unp_cap * 2 : 16;
		r->unparsed = xrealloc(r->unparsed,
				       s->unp_cap * sizeof(*r->unparsed));
	}
	r->unparsed[r->nunparsed++] = (struct unparsed){
		xstrdup(path), function ? xstrdup(function) : NULL, line, last
	};
}

static void add_not_checked(struct scanner *s, const char *path, char *reason)
{
	struct scan_result *r = s->res;

	if (r->nnc == s->nc_cap) {
		s->nc_cap = s->nc_cap ? s->nc_cap * 2 : 16;
		r->nc = xrealloc(r->nc, s->nc_cap * sizeof(*r->nc));
	}
	r->nc[r->nnc++] = (struct not_checked){ xstrdup(path), reason };
}

/* ---- the progress line ---- */

static int progress_drawn;

static void clear_progress(void)
{
	if (progress_drawn) {
		fputs("\r\033[K", stderr);
		progress_drawn = 0;
	}
}

static void draw_progress(struct scanner *s, const char *what, size_t done,
			  size_t total, int force)
{
	double now = now_seconds();

	if (!s->cfg->progress || (!force && now - s->last_draw < 0.1))
		return;
	s->last_draw = now;
	fprintf(stderr,
		"\r\033[Kwqcheck: %s %zu/%zu files, %zu finding%s, "
		"%.1f s",
		what, done, total, s->shown, s->shown == 1 ? "" : "s",
		now - s->t0);
	progress_drawn = 1;
}

/* ---- the cache ---- */

static void load_blob(struct scanner *s, const char *path, char *blob,
		      size_t len)
{
	char *line = blob + strlen(BLOB_HEADER), *end = blob + len;

	while (line < end) {
		char *nl = memchr(line, '\n', (size_t)(end - line));
		char err[128];
		struct record rec;

		if (!nl)
			nl = end;
		*nl = '\0';
		if (!strncmp(line, "R\t", 2) &&
		    record_parse(line + 2, strlen(line + 2), &rec, err,
				 sizeof(err)) == 1) {
			add_record(s, &rec, path);
		} else if (!strncmp(line, "U\t", 2)) {
			char *fn = NULL, *p;
			long l = strtol(line + 2, &p, 10), last = l;

			if (*p == '\t')
				last = strtol(p + 1, &p, 10);
			if (*p == '\t' && p[1])
				fn = p + 1;
			add_unparsed(s, path, fn, l, last);
		}
		line = nl + 1;
	}
}

/* A cached answer for a file: 1 if there was one. */
static int from_cache(struct scanner *s, const char *path, const char *hash)
{
	char *blob;
	size_t len;

	if (cache_get(s->cfg->cache, hash, &blob, &len))
		return 0;
	if (len < strlen(BLOB_HEADER) ||
	    memcmp(blob, BLOB_HEADER, strlen(BLOB_HEADER))) {
		free(blob);
		return 0;
	}
	load_blob(s, path, blob, len);
	free(blob);
	return 1;
}

/* ---- reading and reducing ---- */

static size_t count_lines(const char *buf, size_t len)
{
	size_t n = 0;
	const char *p = buf, *end = buf + len;

	while ((p = memchr(p, '\n', (size_t)(end - p)))) {
		n++;
		p++;
	}
	return n + (len && buf[len - 1] != '\n');
}

/*
 * A guess at spatch's time for a file, in non-blank bytes. Every rule
 * runs once per check over the function that holds it, and the cost of
 * following its paths grows with its branches. A least-squares fit to
 * the times of the 258 files of Linux 6.12 gives 2,400 bytes for each
 * branch times each check of a function (R² 0.74; 0.61 with the size
 * of the function instead of its branches).
 */
static double estimate_cost(const struct reduced *r)
{
	double cost = 0;
	size_t i;

	for (i = 0; i < r->len; i++)
		cost += r->text[i] != ' ' && r->text[i] != '\n';
	for (i = 0; i < r->nfuncs; i++)
		if (r->funcs[i].kept)
			cost += 2400.0 * r->funcs[i].nchecks *
				r->funcs[i].nbranches;
	return cost + 2000;
}

static void add_candidate(struct scanner *s, char *path, const char *hash,
			  const char *buf, size_t len, struct reduced *red)
{
	struct scan_stats *st = &s->res->st;
	struct sfile *f;

	if (s->nfiles == s->files_cap) {
		s->files_cap = s->files_cap ? s->files_cap * 2 : 256;
		s->files = xrealloc(s->files, s->files_cap * sizeof(*s->files));
	}
	f = &s->files[s->nfiles];
	memset(f, 0, sizeof(*f));
	f->red = *red;
	if (s->cfg->no_reduce) {
		size_t i;

		memcpy(f->red.text, buf, len);
		for (i = 0; i < f->red.nfuncs; i++)
			f->red.funcs[i].kept = 1;
		f->red.nkept += f->red.nblanked;
		f->red.nblanked = 0;
	}
	if (reduce_nothing_to_check(&f->red)) {
		/* Only comments mention the identifiers: nothing to run. */
		st->nothing++;
		cache_put(s->cfg->cache, hash, BLOB_HEADER,
			  strlen(BLOB_HEADER));
		reduced_free(&f->red);
		free(path);
		return;
	}
	st->funcs_kept += f->red.nkept;
	st->funcs_blanked += f->red.nblanked;
	f->path = path;
	memcpy(f->hash, hash, sizeof(f->hash));
	f->cost = estimate_cost(&f->red);
	f->pending = (int)s->nrules;
	sb_puts(&f->blob, BLOB_HEADER);
	s->nfiles++;
}

/* One file read: a candidate goes on, the rest is counted or noted. */
static void take_file(struct scanner *s, char *path, struct pfile *pf)
{
	struct scan_stats *st = &s->res->st;
	char hash[SHA256_HEX_LEN + 1];

	/* the second pass only looks for callers */
	if (s->callees && !pf->candidate) {
		free(path);
		free(pf->buf);
		return;
	}
	if (pf->error) {
		add_not_checked(s, path, xstrdup(strerror(pf->error)));
	} else if (pf->binary) {
		add_not_checked(s, path, xstrdup("binary file, not C source"));
	} else if (pf->candidate) {
		if (!s->callees) {
			st->candidates++;
			st->lines += count_lines(pf->buf, pf->len);
		} else {
			st->callers++;
		}
		sha256_hex(pf->buf, pf->len, hash);
		if (s->callees) {
			/* the same file gives other records with callees */
			char *k = xasprintf("%s%s", hash, s->salt);

			sha256_hex(k, strlen(k), hash);
			free(k);
		}
		if (from_cache(s, path, hash)) {
			st->from_cache++;
		} else {
			add_candidate(s, path, hash, pf->buf, pf->len,
				      pf->extra);
			path = NULL;
		}
	}
	if (pf->extra && path)
		reduced_free(pf->extra); /* the cache had the file */
	free(pf->extra);
	free(path);
	free(pf->buf);
}

static void read_progress(size_t done, void *arg)
{
	struct scanner *s = arg;

	draw_progress(s, "reading", done, s->total, 0);
}

/*
 * Which files a pass reads, and with which names. The first pass reads
 * them all for the rules' names. The second reads the files that define
 * a helper (its callers there are the ones that count), and the rest of
 * the tree only for the names of helpers defined in headers, which may
 * be called anywhere: without such a helper it reads no more.
 */
static int is_home(const struct scanner *s, const char *path)
{
	size_t i;

	for (i = 0; i < s->nhomes; i++)
		if (s->homes[i] && !strcmp(s->homes[i], path))
			return 1;
	return 0;
}

/*
 * Reduced by the thread that read it, for the rules of this pass; wasted
 * only on a file the cache then answers for.
 */
static void reduce_candidate(struct pfile *pf, void *arg)
{
	struct scanner *s = arg;
	struct reduced *r = xmalloc(sizeof(*r));
	double t = now_seconds();

	reduce_text(pf->buf, pf->len, s->triggers, r);
	pf->extra = r;
	atomic_fetch_add(&s->reduce_ns,
			 (long long)((now_seconds() - t) * 1e9));
}

/* Read the files @idx[0..n) of the walk into @pf[0..n), looking for @m. */
static int read_some(struct scanner *s, const struct walk_result *w,
		     const size_t *idx, size_t n, const struct matcher *m,
		     struct pfile *pf)
{
	char **paths = xcalloc(n + 1, sizeof(*paths));
	struct pf_hook hook = { reduce_candidate, s };
	size_t i;
	int ret;

	for (i = 0; i < n; i++)
		paths[i] = w->files[idx[i]].path;
	ret = n ? prefilter_files(paths, n, s->cfg->jobs, m, &hook, pf,
				  read_progress, s) :
		  0;
	free(paths);
	return ret;
}

static int read_all(struct scanner *s, struct walk_result *w)
{
	size_t *idx = xcalloc(w->nfiles + 1, sizeof(*idx));
	struct pfile *pf = xcalloc(w->nfiles + 1, sizeof(*pf));
	size_t i, nhome = 0, n;
	int ret;

	for (i = 0; i < w->nfiles; i++)
		if (!s->callees || is_home(s, w->files[i].path))
			idx[nhome++] = i;
	n = nhome;
	for (i = 0; i < w->nfiles && s->anywhere; i++)
		if (!is_home(s, w->files[i].path))
			idx[n++] = i;
	s->total = n;
	ret = read_some(s, w, idx, nhome, s->triggers, pf) ||
	      read_some(s, w, idx + nhome, n - nhome, s->anywhere, pf + nhome);
	for (i = 0; i < n; i++) {
		if (!ret) {
			take_file(s, xstrdup(w->files[idx[i]].path), &pf[i]);
			continue;
		}
		if (pf[i].extra)
			reduced_free(pf[i].extra);
		free(pf[i].extra);
		free(pf[i].buf);
	}
	free(idx);
	free(pf);
	return ret;
}

/* ---- batches ---- */

static int cmp_cost(const void *a, const void *b, void *arg)
{
	const struct sfile *f = arg;
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
static struct batch *plan_batches(struct scanner *s, size_t *nbatches)
{
	size_t n = (size_t)s->cfg->jobs, i, *order;
	struct batch *b;
	double *load;

	if (n > s->nfiles)
		n = s->nfiles;
	order = xcalloc(s->nfiles, sizeof(*order));
	for (i = 0; i < s->nfiles; i++)
		order[i] = i;
	if (s->nfiles > 1)
		qsort_r(order, s->nfiles, sizeof(*order), cmp_cost, s->files);
	b = xcalloc(n, sizeof(*b));
	load = xcalloc(n, sizeof(*load));
	for (i = 0; i < s->nfiles; i++) {
		size_t k, min = 0;

		for (k = 1; k < n; k++)
			if (load[k] < load[min])
				min = k;
		load[min] += s->files[order[i]].cost;
		b[min].files = xrealloc(b[min].files,
					(b[min].nfiles + 1) * sizeof(size_t));
		b[min].files[b[min].nfiles++] = order[i];
	}
	free(order);
	free(load);
	*nbatches = n;
	return b;
}

static const char *ext_of(const char *path)
{
	size_t n = strlen(path);

	return n > 2 && !strcmp(path + n - 2, ".h") ? "h" : "c";
}

/* Write the reduced copies of @b's files into a directory of its own. */
static int write_batch(struct scanner *s, struct batch *b, const char *name)
{
	size_t i;

	b->dir = xasprintf("%s/%s", s->tmpdir, name);
	if (mkdir(b->dir, 0700) && errno != EEXIST)
		goto fail;
	for (i = 0; i < b->nfiles; i++) {
		struct sfile *f = &s->files[b->files[i]];
		char *p = xasprintf("%s/%zu.%s", b->dir, b->files[i],
				    ext_of(f->path));
		int fd =
			open(p, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);

		free(p);
		if (fd < 0 ||
		    write_all(fd, f->red.text, f->red.len) | close(fd))
			goto fail;
	}
	return 0;
fail:
	wq_error("%s: %s", b->dir, strerror(errno));
	return -1;
}

static char **spatch_argv(struct scanner *s, const struct batch *b, size_t rule)
{
	char **argv = xcalloc(24, sizeof(*argv)), **a = argv;

	*a++ = (char *)s->cfg->spatch;
	if (s->cfg->python) {
		*a++ = "--python";
		*a++ = (char *)s->cfg->python;
	}
	/*
	 * Trying Coccinelle's standard isomorphisms on every rule took two
	 * thirds of the 0.3 s it spends reading the semantic patch, at each
	 * start, and changed one pattern: &E0->lock also matched
	 * &E0[i].lock. The rules' Options line says the same for coccicheck.
	 */
	*a++ = "--iso-limit";
	*a++ = "0";
	*a++ = "--quiet";
	*a++ = "--parse-error-msg";
	*a++ = "--no-includes";
	*a++ = "--include-headers";
	*a++ = "--no-show-diff";
	*a++ = "-D";
	*a++ = "wqcheck";
	if (s->callees) {
		*a++ = "-D";
		*a++ = "callers";
		*a++ = "-D";
		*a++ = s->callees;
	}
	*a++ = "--timeout";
	*a++ = s->timeout;
	*a++ = "--sp-file";
	*a++ = (char *)s->rules[rule];
	*a++ = "--dir";
	*a++ = b->dir;
	*a = NULL;
	return argv;
}

static void batch_free(struct batch *b)
{
	free(b->files);
	free(b->dir);
}

/* ---- what spatch said ---- */

/* "<tmpdir>/b3/17.c" -> 17, or -1 if it is none of ours. */
static long file_index(struct scanner *s, const char *name)
{
	const char *base = strrchr(name, '/');
	char *end;
	long i;

	base = base ? base + 1 : name;
	i = strtol(base, &end, 10);
	if (end == base || (strcmp(end, ".c") && strcmp(end, ".h")) || i < 0 ||
	    (size_t)i >= s->nfiles)
		return -1;
	return i;
}

/* The file field of a record that did not parse, to know whose it was. */
static long raw_file_index(struct scanner *s, const char *line, size_t n)
{
	const char *a = memchr(line, '\t', n), *b, *c;
	char *file;
	long i;

	b = a ? memchr(a + 1, '\t', (size_t)(line + n - a - 1)) : NULL;
	c = b ? memchr(b + 1, '\t', (size_t)(line + n - b - 1)) : NULL;
	if (!c)
		return -1;
	file = xstrndup(b + 1, (size_t)(c - b - 1));
	i = file_index(s, file);
	free(file);
	return i;
}

/* A record wqcheck cannot read: its file counts as not checked. */
static void bad_record(struct scanner *s, const char *line, size_t n,
		       const char *err)
{
	long i = raw_file_index(s, line, n);

	if (!s->bad_record_warned++)
		wq_warn("spatch printed a record wqcheck cannot read (%s): "
			"are the rule files newer than wqcheck?",
			err);
	if (i >= 0 && !s->files[i].failed) {
		s->files[i].failed = 1;
		add_not_checked(s, s->files[i].path,
				xasprintf("spatch printed a record wqcheck "
					  "cannot read (%s)",
					  err));
	}
}

static void take_records(struct scanner *s, const char *out, size_t len)
{
	const char *p = out, *end = out + len;

	while (p < end) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		size_t n = (size_t)((nl ? nl : end) - p);
		struct record rec;
		char err[128];
		int r = record_parse(p, n, &rec, err, sizeof(err));
		long i = r == 1 ? file_index(s, rec.f[REC_FILE]) : -1;

		if (r == 1 && i >= 0) {
			struct sfile *f = &s->files[i];

			sb_puts(&f->blob, "R\t");
			sb_add(&f->blob, p, n);
			sb_putc(&f->blob, '\n');
			add_record(s, &rec, f->path);
		} else if (r == 1) {
			record_free(&rec);
		} else if (r < 0) {
			bad_record(s, p, n, err);
		}
		p = nl ? nl + 1 : end;
	}
}

static void unparsed_entry(struct scanner *s, struct sfile *f, const char *fn,
			   long line, long last)
{
	sb_printf(&f->blob, "U\t%ld\t%ld\t%s\n", line, last, fn ? fn : "");
	add_unparsed(s, f->path, fn, line, last);
}

/* A region spatch could not parse: which checked function it hides. */
static void map_bad_region(struct scanner *s, struct sfile *f,
			   const struct diag *d)
{
	size_t idx[32], n, i;
	long first, last;
	struct strbuf text = { 0 };
	int mentions;

	for (i = 0; i < d->nlines; i++) {
		sb_puts(&text, d->lines[i]);
		sb_putc(&text, '\n');
	}
	mentions = text.len &&
		   matcher_mentions(s->triggers, text.buf, text.len);
	sb_free(&text);
	if (reduce_locate_lines(&f->red, d->lines, d->nlines, f->bad_from,
				&first)) {
		if (mentions)
			unparsed_entry(s, f, NULL, 0, 0);
		return;
	}
	last = first + (long)d->nlines - 1;
	f->bad_from = last + 1;
	n = reduce_funcs_in_lines(&f->red, first, last, idx, ARRAY_SIZE(idx));
	for (i = 0; i < n && i < ARRAY_SIZE(idx); i++) {
		const struct rfunc *fn = &f->red.funcs[idx[i]];

		unparsed_entry(s, f, fn->name ? fn->name : "?", fn->name_line,
			       fn->close_line);
	}
	if (!n && mentions)
		unparsed_entry(s, f, NULL, first, last);
}

static char *exn_reason(const struct scanner *s, const char *exn)
{
	if (strstr(exn, "Timeout"))
		return xasprintf("spatch timed out after %ld s (--timeout)",
				 s->cfg->timeout);
	return xasprintf("spatch failed on it: %s", exn);
}

static void take_diags(struct scanner *s, const char *err, size_t len)
{
	struct diag *d;
	size_t n, i;

	diag_parse(err, len, &d, &n);
	for (i = 0; i < n; i++) {
		long k = file_index(s, d[i].file);
		struct sfile *f;

		if (k < 0)
			continue;
		f = &s->files[k];
		if (d[i].kind == DIAG_BAD) {
			map_bad_region(s, f, &d[i]);
		} else if (!f->failed) {
			f->failed = 1;
			add_not_checked(s, f->path, exn_reason(s, d[i].text));
		}
	}
	diag_free(d, n);
}

/* spatch's own progress lines: they say nothing about a failure. */
static int is_chatter(const char *s, size_t n)
{
	static const char *const prefixes[] = {
		"HANDLING: ", "init_defs_builtins", "Skipping:",  "(ONCE)",
		"bad: ",      "BAD:!!!!! ",	    "badcount: ",
	};
	size_t i;

	for (i = 0; i < ARRAY_SIZE(prefixes); i++)
		if (n >= strlen(prefixes[i]) &&
		    !memcmp(s, prefixes[i], strlen(prefixes[i])))
			return 1;
	return 0;
}

/* The last thing spatch said on standard error, to tell why it failed. */
static char *last_err_line(const struct job *job)
{
	const char *e = job->err.buf ? job->err.buf : "";
	const char *end = e + job->err.len;

	while (end > e) {
		const char *start = end;
		size_t n;

		while (start > e && start[-1] != '\n')
			start--;
		n = (size_t)(end - start);
		while (n && (start[n - 1] == '\n' || start[n - 1] == ' '))
			n--;
		if (n && !is_chatter(start, n))
			return xstrndup(start, n > 200 ? 200 : n);
		end = start > e ? start - 1 : e;
	}
	return xstrdup("");
}

static void file_finished(struct scanner *s, struct sfile *f)
{
	if (--f->pending > 0)
		return;
	s->done++;
	if (!f->failed)
		cache_put(s->cfg->cache, f->hash, f->blob.buf, f->blob.len);
}

static void add_retry(struct scanner *s, size_t file, size_t rule)
{
	struct batch *b;

	if (s->nretry == s->retry_cap) {
		s->retry_cap = s->retry_cap ? s->retry_cap * 2 : 8;
		s->retry = xrealloc(s->retry, s->retry_cap * sizeof(*s->retry));
	}
	b = &s->retry[s->nretry++];
	memset(b, 0, sizeof(*b));
	b->files = xmalloc(sizeof(size_t));
	b->files[0] = file;
	b->nfiles = 1;
	b->rule = rule;
}

static void batch_failed(struct scanner *s, struct job *job, struct batch *b,
			 size_t rule)
{
	char *why = job_failure(job), *line = last_err_line(job);
	size_t i;

	/* Nothing handled: the rules or spatch itself are broken. */
	if (!job->killed &&
	    !strstr(job->err.buf ? job->err.buf : "", "HANDLING: ")) {
		if (!s->fatal)
			s->fatal = xasprintf("%s%s%s", why, *line ? ": " : "",
					     line);
	} else if (b->nfiles > 1) {
		for (i = 0; i < b->nfiles; i++)
			add_retry(s, b->files[i], rule);
	} else if (!s->files[b->files[0]].failed) {
		s->files[b->files[0]].failed = 1;
		add_not_checked(s, s->files[b->files[0]].path,
				*line ? xasprintf("%s: %s", why, line) :
					xstrdup(why));
		file_finished(s, &s->files[b->files[0]]);
	}
	free(why);
	free(line);
}

static void job_done(struct job *job, void *arg)
{
	struct scanner *s = arg;
	struct batch *b = ((struct unit *)job->data)->b;
	struct scan_stats *st = &s->res->st;
	size_t i;

	st->spatch_cpu += job->cpu;
	if (job->wall > st->longest_batch)
		st->longest_batch = job->wall;
	if (getenv("WQCHECK_DEBUG"))
		fprintf(stderr,
			"wqcheck: debug: %s: %zu files, %.2f s, "
			"%.2f s CPU\n",
			b->dir, b->nfiles, job->wall, job->cpu);
	if (!job_ok(job)) {
		batch_failed(s, job, b, ((struct unit *)job->data)->rule);
	} else {
		take_records(s, job->out.buf ? job->out.buf : "", job->out.len);
		take_diags(s, job->err.buf ? job->err.buf : "", job->err.len);
		for (i = 0; i < b->nfiles; i++)
			file_finished(s, &s->files[b->files[i]]);
	}
	sb_free(&job->out);
	sb_free(&job->err);
	draw_progress(s, "checking", s->done, s->total, 0);
}

static void tick(void *arg)
{
	struct scanner *s = arg;

	draw_progress(s, "checking", s->done, s->total, 0);
}

/* Run every batch with every rule file, or each rerun with its own. */
static int run_batches(struct scanner *s, struct batch *b, size_t nb, int rerun)
{
	size_t nrules = rerun ? 1 : s->nrules, n = nb * nrules, i;
	struct job *jobs = xcalloc(n, sizeof(*jobs));
	struct unit *units = xcalloc(n, sizeof(*units));
	int ret;

	for (i = 0; i < n; i++) {
		struct batch *bb = &b[i / nrules];

		units[i].b = bb;
		units[i].rule = rerun ? bb->rule : i % nrules;
		jobs[i].argv = spatch_argv(s, bb, units[i].rule);
		jobs[i].data = &units[i];
		/*
		 * spatch's own --timeout should stop a slow file first; this
		 * is for a spatch that hangs where that cannot reach it.
		 */
		jobs[i].limit = 5 + (double)bb->nfiles *
					    (1.5 * (double)s->cfg->timeout + 2);
	}
	ret = run_jobs(jobs, n, s->cfg->jobs, s->tmpdir, job_done, tick, s);
	for (i = 0; i < n; i++)
		free(jobs[i].argv);
	free(jobs);
	free(units);
	return ret;
}

/* ---- the temporary directory ---- */

static void remove_tmpdir(struct scanner *s)
{
	if (!s->tmpdir)
		return;
	remove_tree(s->tmpdir);
	free(s->tmpdir);
	s->tmpdir = NULL;
}

static int make_tmpdir(struct scanner *s)
{
	s->tmpdir = make_temp_dir("wqcheck");
	return s->tmpdir ? 0 : -1;
}

/* ---- the spatch phase ---- */

static int run_reruns(struct scanner *s)
{
	size_t i;
	int ret = 0;

	for (i = 0; i < s->nretry && !ret; i++) {
		char *name = xasprintf("s%zu", s->retry[i].files[0]);

		ret = write_batch(s, &s->retry[i], name);
		free(name);
	}
	if (!ret)
		ret = run_batches(s, s->retry, s->nretry, 1);
	for (i = 0; i < s->nretry; i++)
		batch_free(&s->retry[i]);
	free(s->retry);
	s->retry = NULL;
	s->nretry = 0;
	return ret;
}

static int spatch_phase(struct scanner *s)
{
	size_t nb, i;
	struct batch *b;
	int ret = 0;

	if (make_tmpdir(s))
		return -1;
	b = plan_batches(s, &nb);
	s->res->st.batches = nb;
	for (i = 0; i < nb && !ret; i++) {
		char *name = xasprintf("b%zu", i);

		ret = write_batch(s, &b[i], name);
		free(name);
	}
	if (!ret)
		ret = run_batches(s, b, nb, 0);
	for (i = 0; i < nb; i++)
		batch_free(&b[i]);
	free(b);
	if (!ret && !s->fatal && s->nretry)
		ret = run_reruns(s);
	remove_tmpdir(s);
	return ret;
}

/* ---- tidying the results ---- */

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

static void tidy(struct scan_result *r)
{
	size_t i, n = 0;

	sort_array(r->unparsed, r->nunparsed, sizeof(*r->unparsed),
		   cmp_unparsed);
	for (i = 0; i < r->nunparsed; i++) {
		if (n && !cmp_unparsed(&r->unparsed[n - 1], &r->unparsed[i])) {
			free(r->unparsed[i].path);
			free(r->unparsed[i].function);
			continue;
		}
		r->unparsed[n++] = r->unparsed[i];
	}
	r->nunparsed = n;
	sort_array(r->nc, r->nnc, sizeof(*r->nc), cmp_nc);
	for (i = n = 0; i < r->nnc; i++) {
		if (n && !cmp_nc(&r->nc[n - 1], &r->nc[i])) {
			free(r->nc[i].path);
			free(r->nc[i].reason);
			continue;
		}
		r->nc[n++] = r->nc[i];
	}
	r->nnc = n;
}

static void free_files(struct scanner *s)
{
	size_t i;

	for (i = 0; i < s->nfiles; i++) {
		free(s->files[i].path);
		reduced_free(&s->files[i].red);
		sb_free(&s->files[i].blob);
	}
	free(s->files);
}

/* One pass: read, keep the candidates, run spatch on them. */
static int run_pass(struct scanner *s, struct walk_result *w)
{
	struct scan_stats *st = &s->res->st;
	double t = now_seconds();
	size_t parsed = st->parsed;

	if (read_all(s, w))
		return -1;
	st->t_read += now_seconds() - t;
	st->t_reduce = (double)atomic_load(&s->reduce_ns) / 1e9;
	if (getenv("WQCHECK_DEBUG"))
		fprintf(stderr, "wqcheck: debug: read in %.2f s\n",
			now_seconds() - t);
	st->parsed += s->nfiles;
	s->total = s->nfiles;
	s->done = 0;
	t = now_seconds();
	if (s->nfiles && spatch_phase(s))
		return -1;
	st->t_spatch += now_seconds() - t;
	if (s->callees)
		st->callers_parsed = st->parsed - parsed;
	free_files(s);
	s->files = NULL;
	s->nfiles = s->files_cap = 0;
	return 0;
}

/* The helpers defined in headers, whose callers may be anywhere. */
static struct matcher *in_headers(char *const *names, const char **home,
				  size_t n)
{
	const char **v = xcalloc(n + 1, sizeof(*v));
	struct matcher *m = NULL;
	size_t i, k = 0;

	for (i = 0; i < n; i++)
		if (!home[i])
			v[k++] = names[i];
	if (k)
		m = matcher_new(v, k);
	free(v);
	return m;
}

/* The rule files that follow the helpers, rewritten to start from them. */
static char **callers_rules(struct scanner *s, char *const *names, size_t n,
			    const char *dir, size_t *nrules)
{
	char **rules = xcalloc(s->cfg->nrules + 1, sizeof(*rules));
	size_t i, k = 0;

	for (i = 0; i < s->cfg->nrules; i++) {
		if (callers_rule_copy(s->cfg->rule_files[i], dir, i, names, n,
				      &rules[k])) {
			free_strv(rules, k);
			return NULL;
		}
		k += rules[k] != NULL;
	}
	*nrules = k;
	return rules;
}

/*
 * The helpers the first pass found testing a wait queue with no barrier
 * and no store of their own: their callers hold the store, so the rules
 * look at the calls in a second pass (callers.c).
 */
static int second_pass(struct scanner *s, struct walk_result *w)
{
	size_t n, i, nrules = 0, first = s->res->nrecs;
	const char **home;
	char **names = callers_find(s->res, &n, &home), **rules = NULL;
	char *dir = NULL;
	struct strbuf sb = { 0 };
	struct matcher *m, *anywhere;
	int ret = -1;

	s->res->st.callees = n;
	if (!n) {
		ret = 0;
		goto out;
	}
	dir = make_temp_dir("wqcheck-rules");
	if (!dir || !(rules = callers_rules(s, names, n, dir, &nrules)))
		goto out;
	sb_puts(&sb, "callees=");
	for (i = 0; i < n; i++)
		sb_printf(&sb, "%s%s", i ? "," : "", names[i]);
	m = matcher_new((const char *const *)names, n);
	anywhere = in_headers(names, home, n);
	s->triggers = m;
	s->anywhere = anywhere;
	s->homes = home;
	s->nhomes = n;
	s->callees = sb.buf;
	s->rules = rules;
	s->nrules = nrules;
	sha256_hex(sb.buf, sb.len, s->salt);
	ret = nrules ? run_pass(s, w) : 0;
	callers_drop_foreign(s->res, first, names, home, n);
	matcher_free(m);
	matcher_free(anywhere);
	s->triggers = prefilter_default();
	s->anywhere = NULL;
	s->homes = NULL;
	s->nhomes = 0;
	s->callees = NULL;
	s->rules = s->cfg->rule_files;
	s->nrules = s->cfg->nrules;
	sb_free(&sb);
out:
	if (rules)
		free_strv(rules, nrules);
	if (dir) {
		remove_tree(dir);
		free(dir);
	}
	free(names);
	free(home);
	return ret;
}

int scan_run(const struct scan_config *cfg, struct scan_result *res)
{
	struct scanner s = { .cfg = cfg, .res = res };
	struct scan_stats *st = &res->st;
	struct walk_result w;
	size_t i;
	int ret = -1;

	memset(res, 0, sizeof(*res));
	s.t0 = now_seconds();
	atomic_init(&s.reduce_ns, 0);
	s.rules = cfg->rule_files;
	s.nrules = cfg->nrules;
	snprintf(s.timeout, sizeof(s.timeout), "%ld", cfg->timeout);
	s.triggers = prefilter_default();
	wq_set_warn_hook(clear_progress);
	if (walk_paths(cfg->paths, cfg->npaths, &w))
		goto out;
	/* What the walk could not read holds files that go unchecked. */
	for (i = 0; i < w.nunread; i++)
		add_not_checked(&s, w.unread[i].path,
				xstrdup(w.unread[i].reason));
	st->files = w.nfiles;
	st->skipped = w.nskipped;
	st->t_walk = now_seconds() - s.t0;
	if (run_pass(&s, &w) || (!s.fatal && second_pass(&s, &w)))
		goto out;
	ret = 0;
out:
	clear_progress();
	wq_set_warn_hook(NULL);
	remove_tmpdir(&s);
	walk_free(&w);
	free_files(&s);
	if (s.fatal) {
		wq_error("spatch failed: %s", s.fatal);
		free(s.fatal);
		ret = -1;
	}
	if (wq_interrupted)
		ret = -1;
	tidy(res);
	st->t_total = now_seconds() - s.t0;
	return ret;
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
	memset(res, 0, sizeof(*res));
}
