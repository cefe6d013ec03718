// SPDX-License-Identifier: GPL-2.0-only
/*
 * The waiter index records (cocci/waiters.cocci, cocci/RECORDS.md):
 * tab-separated like the waker's records, one per wait site.
 */
#include "waiters.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "identity.h"
#include "records.h"
#include "util.h"

static char **split_words(const char *s, char sep, size_t *n)
{
	char **v = NULL;
	const char *p = s;

	*n = 0;
	while (*p) {
		const char *e = strchr(p, sep);
		size_t len = e ? (size_t)(e - p) : strlen(p);

		while (len && *p == ' ') {
			p++;
			len--;
		}
		if (len) {
			v = xrealloc(v, (*n + 1) * sizeof(*v));
			v[(*n)++] = xstrndup(p, len);
		}
		if (!e)
			break;
		p = e + 1;
	}
	return v;
}

/* "struct eventpoll|&ep->lock;..." into identities. */
static void parse_locks(struct waiter *w)
{
	size_t i, n;
	char ***v = record_list(w->f[W_LOCKS], '|', 2, &n);

	w->locks = n ? xcalloc(n, sizeof(*w->locks)) : NULL;
	for (i = 0; i < n; i++)
		ident_init(&w->locks[i], v[i][1], v[i][0], w->f[W_FILE]);
	w->nlocks = n;
	record_list_free(v, n, 2);
}

static int parse_fields(struct waiter *w, char *err, size_t errlen)
{
	static const char *const sleeps[] = { "none", "timeout", "repoll" };
	char *end;
	size_t i;

	errno = 0;
	w->line = strtol(w->f[W_LINE], &end, 10);
	if (*end || errno || w->line < 1 || !*w->f[W_FILE]) {
		snprintf(err, errlen, "bad %s field",
			 *w->f[W_FILE] ? "line" : "file");
		return -1;
	}
	for (i = 0; i < ARRAY_SIZE(sleeps); i++)
		if (!strcmp(w->f[W_SLEEP], sleeps[i]))
			w->sleep = (enum sleep_kind)i;
	ident_init(&w->queue, w->f[W_QUEUE], w->f[W_ROOT_TYPE], w->f[W_FILE]);
	w->reads = split_words(w->f[W_READS], ' ', &w->nreads);
	for (i = 0; i < w->nreads; i++)
		if (!strcmp(w->reads[i], "*"))
			w->reads_any = 1;
		else if (!strcmp(w->reads[i], "&"))
			w->reads_alias = 1;
	parse_locks(w);
	return 0;
}

int waiter_parse(const char *line, size_t len, struct waiter *w, char *err,
		 size_t errlen)
{
	char **v;
	size_t n, i;

	if (len < strlen(WAITER_TAG) + 1 ||
	    memcmp(line, WAITER_TAG "\t", strlen(WAITER_TAG) + 1))
		return 0;
	memset(w, 0, sizeof(*w));
	v = record_split(line, len, &n);
	if (n < W_COND) {
		snprintf(err, errlen, "%zu fields, not at least %d", n, W_COND);
		free_strv(v, n);
		return -1;
	}
	for (i = 0; i < W_NFIELDS; i++)
		w->f[i] = i < n ? v[i] : xstrdup("");
	for (; i < n; i++)
		free(v[i]);
	free(v);
	if (parse_fields(w, err, errlen)) {
		waiter_free(w);
		return -1;
	}
	return 1;
}

void waiter_free(struct waiter *w)
{
	size_t i;

	for (i = 0; i < W_NFIELDS; i++)
		free(w->f[i]);
	ident_free(&w->queue);
	free_strv(w->reads, w->nreads);
	for (i = 0; i < w->nlocks; i++)
		ident_free(&w->locks[i]);
	free(w->locks);
	memset(w, 0, sizeof(*w));
}

void waiter_set_file(struct waiter *w, const char *path)
{
	char *copy = xstrdup(path); /* @path may be the old W_FILE */
	size_t i;

	free(w->f[W_FILE]);
	w->f[W_FILE] = copy;
	ident_free(&w->queue);
	for (i = 0; i < w->nlocks; i++)
		ident_free(&w->locks[i]);
	free(w->locks);
	ident_init(&w->queue, w->f[W_QUEUE], w->f[W_ROOT_TYPE], copy);
	parse_locks(w);
}

int target_is_bare(const char *target)
{
	const char *p = target;

	while (*p == ' ')
		p++;
	if (!is_ident_start(*p))
		return 0;
	while (is_ident_char(*p))
		p++;
	while (*p == ' ')
		p++;
	return !*p;
}

char *store_read_key(const char *target)
{
	const char *p = target;
	size_t n;

	if (!target_is_bare(target))
		return last_member(target);
	while (*p == ' ')
		p++;
	for (n = 0; is_ident_char(p[n]); n++)
		;
	return xasprintf("::%.*s", (int)n, p);
}

static const char *find_read(const struct waiter *w, const char *member)
{
	size_t i, n = strlen(member);

	for (i = 0; i < w->nreads; i++) {
		const char *r = w->reads[i];

		if (!strncmp(r, member, n) && (!r[n] || r[n] == '@'))
			return r + n;
	}
	return NULL;
}

int waiter_reads(const struct waiter *w, const char *member)
{
	/*
	 * Only by name: a condition that also calls what wqcheck cannot
	 * follow (another file's functions) may read more, but on 6.12
	 * counting those calls as reads kept 5 false positives at the
	 * default confidence and no race (the finding is only lowered).
	 */
	return find_read(w, member) != NULL;
}

const char *waiter_reads_where(const struct waiter *w, const char *member)
{
	const char *at = find_read(w, member);

	return at && *at == '@' ? at + 1 : "";
}
