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
 * mentions none is not given to spatch at all. The lists of this file
 * are copies of cocci/families.py; cocci/check-families compares them.
 */
const char *const wq_idents[] = {
	"waitqueue_active", "swait_active",
	"wake_up_bit",	    "wake_up_var",
	"__wake_up_bit",    "add_wait_queue",
	"__add_wait_queue", NULL,
};

/*
 * The waiter side, by prefix after any leading underscores, as the rules
 * match it (wait_event*(), __add_wait_queue_exclusive(), ...): functions
 * that wait are kept so that a check can be paired with the wait it
 * serves, and with the lock the waiter holds.
 */
static const char *const wait_prefixes[] = {
	"wait_event",	    "wait_var_event",
	"swait_event",	    "prepare_to_wait",
	"prepare_to_swait", "wait_on_bit",
	"add_wait_queue",   NULL,
};

int prefilter_is_wait_name(const char *s, size_t n)
{
	const char *const *p;

	while (n && *s == '_') {
		s++;
		n--;
	}
	for (p = wait_prefixes; *p; p++)
		if (n >= strlen(*p) && !memcmp(s, *p, strlen(*p)))
			return 1;
	return 0;
}

int prefilter_is_wake_name(const char *s, size_t n)
{
	while (n && *s == '_') {
		s++;
		n--;
	}
	return n >= 7 && !memcmp(s, "wake_up", 7);
}

/*
 * The sleeps of the waiter rule: schedule(), io_schedule(),
 * schedule_timeout*(), schedule_hrtimeout*(). An enqueue in a function
 * that calls none of them cannot be the waiter race the rule looks for.
 */
int prefilter_is_schedule_name(const char *s, size_t n)
{
	static const char *const tails[] = { "_timeout", "_hrtimeout" };
	size_t i;

	if (n >= 3 && !memcmp(s, "io_", 3)) {
		s += 3;
		n -= 3;
	}
	if (n < 8 || memcmp(s, "schedule", 8))
		return 0;
	if (n == 8)
		return 1;
	for (i = 0; i < ARRAY_SIZE(tails); i++) {
		size_t k = strlen(tails[i]), j;

		if (n < 8 + k || memcmp(s + 8, tails[i], k))
			continue;
		for (j = 8 + k; j < n; j++)
			if (!(s[j] == '_' || (s[j] >= 'a' && s[j] <= 'z')))
				return 0;
		return 1;
	}
	return 0;
}

/*
 * A Wu-Manber search for all the names in one pass: a window as long as
 * the shortest name slides over the text, and the last two bytes of the
 * window say how far it may jump. Most two-byte blocks of C occur in no
 * name, so the window mostly jumps its full length: several times faster
 * than one memmem() per name, which matters over the 1.3 GB of a kernel
 * tree. Names shorter than three bytes are looked for one by one.
 */
#define MAX_ANCHORS 4

struct matcher {
	char **names; /* all of them, for matcher_is_name() */
	size_t nnames;
	char **pat; /* those not containing another name */
	size_t *len, npat;
	size_t m; /* the shortest pattern's length */
	/* rare bytes: each pattern has one of them (nanchors 0: none) */
	unsigned char anchor[MAX_ANCHORS];
	size_t nanchors;
	unsigned char *anchor_of; /* the one pattern i is found by */
	size_t *off, *off_start; /* where it is in pat[i]: off[off_start[i]..] */
	unsigned char shift[65536]; /* by the window's last two bytes */
};

/*
 * Bytes that make up less than 1% of the kernel's C, rarest first. When
 * every pattern has one of them, memchr() for it (many bytes per cycle)
 * finds the few places worth comparing: 'w', which the default names all
 * have, is one byte in 300. Else each pattern is found by its own rarest
 * byte, one memchr() pass for each of a few such bytes.
 */
static const char rare_bytes[] = "JjZzQ97qY568WKyw3V4kXHBUG2bvgh1OFxLMN";

static unsigned block_at(const unsigned char *p)
{
	return (unsigned)p[0] << 8 | p[1];
}

/* "__x" is found through "x": searching for it again would be wasted. */
static int contains_other(char *const *names, size_t n, const char *id)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (strcmp(names[i], id) && strstr(id, names[i]))
			return 1;
	return 0;
}

static void build_shifts(struct matcher *m)
{
	size_t i, q;

	memset(m->shift, (int)(m->m - 1), sizeof(m->shift));
	for (i = 0; i < m->npat; i++) {
		for (q = 2; q <= m->m; q++) {
			unsigned b = block_at((const unsigned char *)m->pat[i] +
					      q - 2);

			if (m->m - q < m->shift[b])
				m->shift[b] = (unsigned char)(m->m - q);
		}
	}
}

/* The rarest byte of rare_bytes in every pattern, or -1. */
static int common_rare_byte(const struct matcher *m)
{
	const char *c;
	size_t i;

	for (c = rare_bytes; *c; c++) {
		for (i = 0; i < m->npat && strchr(m->pat[i], *c); i++)
			;
		if (i == m->npat)
			return (unsigned char)*c;
	}
	return -1;
}

/* Pattern i's own rarest byte, added to the anchors; -1 if it has none. */
static int own_rare_byte(struct matcher *m, size_t i)
{
	const char *c;
	size_t k;

	for (c = rare_bytes; *c && !strchr(m->pat[i], *c); c++)
		;
	if (!*c)
		return -1;
	for (k = 0; k < m->nanchors && m->anchor[k] != (unsigned char)*c; k++)
		;
	if (k == m->nanchors) {
		if (k == MAX_ANCHORS)
			return -1;
		m->anchor[m->nanchors++] = (unsigned char)*c;
	}
	return (int)k;
}

static void choose_anchors(struct matcher *m)
{
	int c = common_rare_byte(m), k;
	size_t i, j, n = 0;

	m->anchor_of = xcalloc(m->npat, 1);
	if (c >= 0) {
		m->anchor[m->nanchors++] = (unsigned char)c;
	} else {
		for (i = 0; i < m->npat; i++) {
			k = own_rare_byte(m, i);
			if (k < 0) {
				m->nanchors = 0;
				return;
			}
			m->anchor_of[i] = (unsigned char)k;
		}
	}
	m->off_start = xcalloc(m->npat + 1, sizeof(*m->off_start));
	for (i = 0; i < m->npat; i++)
		n += m->len[i];
	m->off = xcalloc(n, sizeof(*m->off));
	for (i = 0, n = 0; i < m->npat; i++) {
		m->off_start[i] = n;
		for (j = 0; j < m->len[i]; j++)
			if ((unsigned char)m->pat[i][j] ==
			    m->anchor[m->anchor_of[i]])
				m->off[n++] = j;
	}
	m->off_start[m->npat] = n;
}

struct matcher *matcher_new(const char *const *names, size_t n)
{
	struct matcher *m = xcalloc(1, sizeof(*m));
	size_t i;

	m->names = xcalloc(n ? n : 1, sizeof(*m->names));
	m->pat = xcalloc(n ? n : 1, sizeof(*m->pat));
	m->len = xcalloc(n ? n : 1, sizeof(*m->len));
	for (i = 0; i < n; i++)
		if (*names[i])
			m->names[m->nnames++] = xstrdup(names[i]);
	m->m = 255;
	for (i = 0; i < m->nnames; i++) {
		if (contains_other(m->names, m->nnames, m->names[i]))
			continue;
		m->pat[m->npat] = m->names[i];
		m->len[m->npat] = strlen(m->names[i]);
		if (m->len[m->npat] < m->m)
			m->m = m->len[m->npat];
		m->npat++;
	}
	if (m->m > 255 || !m->npat)
		m->m = 255;
	if (m->npat)
		choose_anchors(m);
	if (!m->nanchors && m->m >= 3)
		build_shifts(m);
	return m;
}

void matcher_free(struct matcher *m)
{
	size_t i;

	if (!m)
		return;
	for (i = 0; i < m->nnames; i++)
		free(m->names[i]);
	free(m->names);
	free(m->pat);
	free(m->len);
	free(m->off);
	free(m->off_start);
	free(m->anchor_of);
	free(m);
}

int matcher_is_name(const struct matcher *m, const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < m->nnames; i++)
		if (strlen(m->names[i]) == n && !memcmp(m->names[i], s, n))
			return 1;
	return 0;
}

/* Is the occurrence at @p..@p+@n part of a whole name of the matcher? */
static int whole_name_at(const struct matcher *m, const char *buf, size_t len,
			 const char *p, size_t n)
{
	size_t start = (size_t)(p - buf), end = start + n;

	while (start > 0 && is_ident_char((unsigned char)buf[start - 1]))
		start--;
	while (end < len && is_ident_char((unsigned char)buf[end]))
		end++;
	return matcher_is_name(m, buf + start, end - start);
}

/* The window ends at @end (its last byte); does a pattern start there? */
static int wm_check(const struct matcher *m, const char *buf, size_t len,
		    const char *end)
{
	const char *start = end - (m->m - 1);
	size_t i, left = len - (size_t)(start - buf);

	for (i = 0; i < m->npat; i++) {
		if (start[0] != m->pat[i][0] || m->len[i] > left ||
		    memcmp(start, m->pat[i], m->len[i]))
			continue;
		if (whole_name_at(m, buf, len, start, m->len[i]))
			return 1;
	}
	return 0;
}

static int slow_mentions(const struct matcher *m, const char *buf, size_t len)
{
	size_t i;

	for (i = 0; i < m->npat; i++) {
		const char *p = buf, *end = buf + len;

		while (p < end && (p = memmem(p, (size_t)(end - p), m->pat[i],
					      m->len[i]))) {
			if (whole_name_at(m, buf, len, p, m->len[i]))
				return 1;
			p++;
		}
	}
	return 0;
}

/* Does a pattern found by anchor @a, which is at @at, start there? */
static int anchored_at(const struct matcher *m, const char *buf, size_t len,
		       size_t a, size_t at)
{
	size_t i, k;

	for (i = 0; i < m->npat; i++) {
		if (m->anchor_of[i] != a)
			continue;
		for (k = m->off_start[i]; k < m->off_start[i + 1]; k++) {
			size_t start = at - m->off[k];

			if (m->off[k] > at || m->len[i] > len - start ||
			    buf[start] != m->pat[i][0] ||
			    memcmp(buf + start, m->pat[i], m->len[i]))
				continue;
			if (whole_name_at(m, buf, len, buf + start, m->len[i]))
				return 1;
		}
	}
	return 0;
}

static int anchored_mentions(const struct matcher *m, const char *buf,
			     size_t len)
{
	const char *p, *end = buf + len;
	size_t a;

	for (a = 0; a < m->nanchors; a++) {
		for (p = buf; p < end &&
			      (p = memchr(p, m->anchor[a], (size_t)(end - p)));
		     p++)
			if (anchored_at(m, buf, len, a, (size_t)(p - buf)))
				return 1;
	}
	return 0;
}

int matcher_mentions(const struct matcher *m, const char *buf, size_t len)
{
	const unsigned char *p, *end;

	if (!m->npat)
		return 0;
	if (m->nanchors)
		return anchored_mentions(m, buf, len);
	if (m->m < 3)
		return slow_mentions(m, buf, len);
	if (len < m->m)
		return 0;
	p = (const unsigned char *)buf + m->m - 1;
	end = (const unsigned char *)buf + len;
	while (p < end) {
		unsigned char s = m->shift[block_at(p - 1)];

		if (s) {
			p += s;
			continue;
		}
		if (wm_check(m, buf, len, (const char *)p))
			return 1;
		p++;
	}
	return 0;
}

static pthread_once_t default_once = PTHREAD_ONCE_INIT;
static struct matcher *default_matcher;

static void make_default(void)
{
	size_t n = 0;

	while (wq_idents[n])
		n++;
	default_matcher = matcher_new(wq_idents, n);
}

const struct matcher *prefilter_default(void)
{
	pthread_once(&default_once, make_default);
	return default_matcher;
}

static pthread_once_t tests_once = PTHREAD_ONCE_INIT;
static struct matcher *tests_matcher;

/* The check family of cocci/families.py. */
static void make_tests(void)
{
	static const char *const tests[] = { "waitqueue_active",
					     "swait_active", "wake_up_bit",
					     "wake_up_var", "__wake_up_bit" };

	tests_matcher = matcher_new(tests, ARRAY_SIZE(tests));
}

const struct matcher *prefilter_tests(void)
{
	pthread_once(&tests_once, make_tests);
	return tests_matcher;
}

int prefilter_is_ident(const char *s, size_t n)
{
	return matcher_is_name(prefilter_default(), s, n);
}

int prefilter_mentions(const char *buf, size_t len)
{
	return matcher_mentions(prefilter_default(), buf, len);
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
	const struct matcher *m;
	const struct pf_hook *hook;
	char *const *paths;
	struct pfile *out;
	size_t n;
	atomic_size_t next, done;
};

static void read_one(const struct matcher *m, const struct pf_hook *hook,
		     const char *path, struct pfile *pf)
{
	memset(pf, 0, sizeof(*pf));
	if (read_file(path, &pf->buf, &pf->len)) {
		pf->error = errno;
		return;
	}
	pf->binary = prefilter_is_binary(pf->buf, pf->len);
	pf->marked = !pf->binary && hook && hook->mark &&
		     hook->mark(pf->buf, pf->len);
	pf->candidate = !pf->binary &&
			(!hook || !hook->gate || hook->gate(pf->buf, pf->len)) &&
			matcher_mentions(m, pf->buf, pf->len);
	if (!pf->candidate) {
		free(pf->buf);
		pf->buf = NULL;
	} else if (hook) {
		hook->fn(pf, hook->arg);
	}
}

/* Take files one at a time: sizes vary from a few bytes to megabytes. */
static void *worker(void *arg)
{
	struct pwork *w = arg;
	size_t i;

	while (!wq_interrupted && (i = atomic_fetch_add(&w->next, 1)) < w->n) {
		read_one(w->m, w->hook, w->paths[i], &w->out[i]);
		atomic_fetch_add(&w->done, 1);
	}
	return NULL;
}

int prefilter_files(char *const *paths, size_t n, long nthreads,
		    const struct matcher *m, const struct pf_hook *hook,
		    struct pfile *out, void (*progress)(size_t, void *),
		    void *arg)
{
	struct pwork w = {
		.m = m, .hook = hook, .paths = paths, .out = out, .n = n
	};
	pthread_t tid[16];
	long i, started = 0;
	size_t k;

	if (nthreads > (long)ARRAY_SIZE(tid) + 1)
		nthreads = ARRAY_SIZE(tid) + 1;
	for (i = 1; i < nthreads; i++)
		if (!pthread_create(&tid[started], NULL, worker, &w))
			started++;
	/* This thread works too, and draws the progress between files. */
	while (!wq_interrupted && (k = atomic_fetch_add(&w.next, 1)) < n) {
		read_one(m, hook, paths[k], &out[k]);
		atomic_fetch_add(&w.done, 1);
		if (progress && !(k & 255))
			progress(atomic_load(&w.done), arg);
	}
	for (i = 0; i < started; i++)
		pthread_join(tid[i], NULL);
	return wq_interrupted ? -1 : 0;
}
