// SPDX-License-Identifier: GPL-2.0-only
/*
 * The prefilter reads each file once and keeps those that mention an
 * identifier the rules start from. It runs over every C file of a tree
 * (60,000 in a kernel), so it looks for a few anchor substrings with
 * memmem() and only then checks identifier boundaries.
 */
#include "prefilter.h"

#include <errno.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

/*
 * The rules look for these. A function that mentions none of them is
 * blanked out before spatch parses it (reduce.c), and a file that
 * mentions none is not given to spatch at all.
 */
const char *const wq_idents[] = {
	"waitqueue_active", "swait_active",   "wake_up_bit",
	"wake_up_var",	    "__wake_up_bit",  "wq_has_sleeper",
	"swq_has_sleeper",  "add_wait_queue", "__add_wait_queue",
	NULL,
};

static int is_ident_char(unsigned char c)
{
	return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	       (c >= '0' && c <= '9');
}

int prefilter_is_ident(const char *s, size_t n)
{
	const char *const *id;

	/* All of them contain an underscore and are 11..16 long. */
	if (n < 11 || n > 16)
		return 0;
	for (id = wq_idents; *id; id++)
		if (strlen(*id) == n && !memcmp(*id, s, n))
			return 1;
	return 0;
}

/* Is the occurrence of an identifier at @p..@p+@n a whole token? */
static int whole_ident_at(const char *buf, size_t len, const char *p,
			  size_t n)
{
	size_t start = (size_t)(p - buf), end = start + n;

	while (start > 0 && is_ident_char((unsigned char)buf[start - 1]))
		start--;
	while (end < len && is_ident_char((unsigned char)buf[end]))
		end++;
	return prefilter_is_ident(buf + start, end - start);
}

/* "__x" is found through "x": searching for it again would be wasted. */
static int contains_other_ident(const char *id)
{
	const char *const *o;

	for (o = wq_idents; *o; o++)
		if (strcmp(*o, id) && strstr(id, *o))
			return 1;
	return 0;
}

/*
 * A Wu-Manber search for all the identifiers in one pass: a window as
 * long as the shortest identifier slides over the text, and the last two
 * bytes of the window say how far it may jump. Most two-byte blocks of C
 * occur in no identifier, so the window mostly jumps its full length:
 * several times faster than one memmem() per identifier, which matters
 * over the 1.3 GB of a kernel tree.
 */
#define MAX_PATTERNS 16

static struct {
	int ready;
	size_t m;			/* the shortest pattern's length */
	unsigned char shift[65536];	/* by the window's last two bytes */
	const char *pat[MAX_PATTERNS];
	size_t len[MAX_PATTERNS];
	size_t npat;
} wm;

static unsigned block_at(const unsigned char *p)
{
	return (unsigned)p[0] << 8 | p[1];
}

static void wm_init(void)
{
	const char *const *id;
	size_t i, q;

	wm.m = 255;
	for (id = wq_idents; *id; id++) {
		if (contains_other_ident(*id) || wm.npat == MAX_PATTERNS)
			continue;
		wm.pat[wm.npat] = *id;
		wm.len[wm.npat] = strlen(*id);
		if (wm.len[wm.npat] < wm.m)
			wm.m = wm.len[wm.npat];
		wm.npat++;
	}
	memset(wm.shift, (int)(wm.m - 1), sizeof(wm.shift));
	for (i = 0; i < wm.npat; i++) {
		for (q = 2; q <= wm.m; q++) {
			unsigned b = block_at((const unsigned char *)wm.pat[i] +
					      q - 2);

			if (wm.m - q < wm.shift[b])
				wm.shift[b] = (unsigned char)(wm.m - q);
		}
	}
	wm.ready = 1;
}

/* The window ends at @end (its last byte); does a pattern start there? */
static int wm_check(const char *buf, size_t len, const char *end)
{
	const char *start = end - (wm.m - 1);
	size_t i, left = len - (size_t)(start - buf);

	for (i = 0; i < wm.npat; i++) {
		if (start[0] != wm.pat[i][0] || wm.len[i] > left ||
		    memcmp(start, wm.pat[i], wm.len[i]))
			continue;
		if (whole_ident_at(buf, len, start, wm.len[i]))
			return 1;
	}
	return 0;
}

int prefilter_mentions(const char *buf, size_t len)
{
	const unsigned char *p, *end;

	if (!wm.ready)
		wm_init();
	if (len < wm.m)
		return 0;
	p = (const unsigned char *)buf + wm.m - 1;
	end = (const unsigned char *)buf + len;
	while (p < end) {
		unsigned char s = wm.shift[block_at(p - 1)];

		if (s) {
			p += s;
			continue;
		}
		if (wm_check(buf, len, (const char *)p))
			return 1;
		p++;
	}
	return 0;
}

int prefilter_is_binary(const char *buf, size_t len)
{
	return memchr(buf, '\0', len < 65536 ? len : 65536) != NULL;
}

int prefilter_is_c_name(const char *name)
{
	size_t n = strlen(name);

	return n > 2 && name[n - 2] == '.' &&
	       (name[n - 1] == 'c' || name[n - 1] == 'h');
}

struct pwork {
	char *const *paths;
	struct pfile *out;
	size_t n;
	atomic_size_t next, done;
};

static void read_one(const char *path, struct pfile *pf)
{
	memset(pf, 0, sizeof(*pf));
	if (read_file(path, &pf->buf, &pf->len)) {
		pf->error = errno;
		return;
	}
	pf->binary = prefilter_is_binary(pf->buf, pf->len);
	pf->candidate = !pf->binary && prefilter_mentions(pf->buf, pf->len);
	if (!pf->candidate) {
		free(pf->buf);
		pf->buf = NULL;
	}
}

/* Take files one at a time: sizes vary from a few bytes to megabytes. */
static void *worker(void *arg)
{
	struct pwork *w = arg;
	size_t i;

	while (!wq_interrupted && (i = atomic_fetch_add(&w->next, 1)) < w->n) {
		read_one(w->paths[i], &w->out[i]);
		atomic_fetch_add(&w->done, 1);
	}
	return NULL;
}

int prefilter_files(char *const *paths, size_t n, long nthreads,
		    struct pfile *out, void (*progress)(size_t, void *),
		    void *arg)
{
	struct pwork w = { .paths = paths, .out = out, .n = n };
	pthread_t tid[16];
	long i, started = 0;
	size_t k;

	if (!wm.ready)
		wm_init();
	if (nthreads > (long)ARRAY_SIZE(tid) + 1)
		nthreads = ARRAY_SIZE(tid) + 1;
	for (i = 1; i < nthreads; i++)
		if (!pthread_create(&tid[started], NULL, worker, &w))
			started++;
	/* This thread works too, and draws the progress between files. */
	while (!wq_interrupted && (k = atomic_fetch_add(&w.next, 1)) < n) {
		read_one(paths[k], &out[k]);
		atomic_fetch_add(&w.done, 1);
		if (progress && !(k & 255))
			progress(atomic_load(&w.done), arg);
	}
	for (i = 0; i < started; i++)
		pthread_join(tid[i], NULL);
	return wq_interrupted ? -1 : 0;
}
