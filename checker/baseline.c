// SPDX-License-Identifier: GPL-2.0-only
/*
 * Baselines. The file is plain text, one finding per line, so that it
 * reads well in a review and merges like any other file:
 *
 *   # wqcheck baseline 1
 *   fs/aio.c<TAB>missing-barrier<TAB>aio_complete<TAB>&ctx->wait<TAB>ctx->tail=tail
 *
 * Fields are escaped as in cocci/RECORDS.md.
 */
#include "baseline.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cache.h"
#include "util.h"

#define BASELINE_HEADER "# wqcheck baseline 1"

/*
 * Code text with reformatting undone: blanks go, except one between two
 * words ("unsigned long"), so "a->b=c" and "a->b = c" are the same.
 */
static void add_folded(struct strbuf *sb, const char *s)
{
	unsigned char prev = 0;

	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;

		if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
			while (s[1] == ' ' || s[1] == '\t' || s[1] == '\n' ||
			       s[1] == '\r')
				s++;
			if (is_ident_char(prev) && is_ident_char(s[1]))
				sb_putc(sb, ' ');
			continue;
		}
		if (c == '\\')
			sb_puts(sb, "\\\\");
		else
			sb_putc(sb, (char)c);
		prev = c;
	}
}

static char *key_of(const struct record *r, int with_path)
{
	struct strbuf sb = { 0 };

	if (with_path) {
		/* A line starting '#' is a comment: "\#" keeps the path. */
		if (r->path[0] == '#')
			sb_putc(&sb, '\\');
		record_escape_field(&sb, r->path);
		sb_putc(&sb, '\t');
	}
	record_escape_field(&sb, r->f[REC_RULE]);
	sb_putc(&sb, '\t');
	record_escape_field(&sb, r->f[REC_FUNCTION]);
	sb_putc(&sb, '\t');
	add_folded(&sb, r->f[REC_WAIT_QUEUE]);
	sb_putc(&sb, '\t');
	add_folded(&sb, r->f[REC_STORE_EXPR]);
	return sb_detach(&sb);
}

char *baseline_key(const struct record *r)
{
	return key_of(r, 1);
}

char *baseline_fingerprint(const struct record *r)
{
	char *k = key_of(r, 0), *hex = xmalloc(SHA256_HEX_LEN + 1);

	sha256_hex(k, strlen(k), hex);
	free(k);
	return hex;
}

static void add_key(struct baseline *b, size_t *cap, char *key)
{
	if (b->n == *cap) {
		*cap = *cap ? *cap * 2 : 64;
		b->keys = xrealloc(b->keys, *cap * sizeof(*b->keys));
	}
	b->keys[b->n++] = key;
}

int baseline_load(const char *file, struct baseline *b)
{
	char *buf, *line, *end;
	size_t len, cap = 0;

	memset(b, 0, sizeof(*b));
	if (read_file(file, &buf, &len)) {
		wq_error("%s: cannot read baseline: %s", file, strerror(errno));
		return -1;
	}
	if (strncmp(buf, BASELINE_HEADER "\n", strlen(BASELINE_HEADER) + 1)) {
		wq_error("%s: not a wqcheck baseline (no '%s' line first)",
			 file, BASELINE_HEADER);
		free(buf);
		return -1;
	}
	end = buf + len;
	for (line = buf; line < end;) {
		char *nl = memchr(line, '\n', (size_t)(end - line));

		if (!nl)
			nl = end;
		if (nl > line && nl[-1] == '\r')
			nl[-1] = '\0';
		*nl = '\0';
		if (*line && *line != '#')
			add_key(b, &cap, xstrdup(line));
		line = nl + 1;
	}
	free(buf);
	sort_array(b->keys, b->n, sizeof(*b->keys), cmp_strings);
	b->used = xcalloc(b->n, 1);
	return 0;
}

int baseline_write(const char *file, struct record *const *v, size_t n)
{
	struct strbuf sb = { 0 };
	char **keys = xcalloc(n, sizeof(*keys));
	/* Per process, and created afresh ("x"): never another's, nor a link. */
	char *tmp = xasprintf("%s.tmp%ld", file, (long)getpid());
	size_t i;
	FILE *f;
	int ret = -1;

	for (i = 0; i < n; i++)
		keys[i] = baseline_key(v[i]);
	sort_array(keys, n, sizeof(*keys), cmp_strings);
	sb_puts(&sb, BASELINE_HEADER "\n");
	sb_puts(&sb, "# path, rule, function, wait queue, store; "
		     "tab-separated, written by wqcheck --write-baseline\n");
	for (i = 0; i < n; i++) {
		sb_puts(&sb, keys[i]);
		sb_putc(&sb, '\n');
		free(keys[i]);
	}
	free(keys);
	f = fopen(tmp, "wx");
	if (!f || fwrite(sb.buf, 1, sb.len, f) != sb.len) {
		if (f)
			fclose(f);
		goto fail;
	}
	if (fclose(f) || rename(tmp, file))
		goto fail;
	ret = 0;
	goto out;
fail:
	wq_error("%s: cannot write baseline: %s", file, strerror(errno));
	remove(tmp);
out:
	free(tmp);
	sb_free(&sb);
	return ret;
}

/* The first unused entry equal to @key, or -1. */
static long find_unused(const struct baseline *b, const char *key)
{
	size_t lo = 0, hi = b->n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (strcmp(b->keys[mid], key) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (; lo < b->n && !strcmp(b->keys[lo], key); lo++)
		if (!b->used[lo])
			return (long)lo;
	return -1;
}

size_t baseline_hide(struct baseline *b, struct record **v, size_t *n)
{
	size_t i, k = 0, hidden = 0;

	for (i = 0; i < *n; i++) {
		char *key = baseline_key(v[i]);
		long at = find_unused(b, key);

		free(key);
		if (at >= 0) {
			b->used[at] = 1;
			hidden++;
			continue;
		}
		v[k++] = v[i];
	}
	*n = k;
	return hidden;
}

void baseline_free(struct baseline *b)
{
	size_t i;

	for (i = 0; i < b->n; i++)
		free(b->keys[i]);
	free(b->keys);
	free(b->used);
	memset(b, 0, sizeof(*b));
}
