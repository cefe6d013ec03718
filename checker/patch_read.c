// SPDX-License-Identifier: GPL-2.0-only
/*
 * Reading a patch: split it into files and hunks, keep each line's
 * position in the patch, and apply a file's hunks to a copy of its old
 * text. What a patch may hold around its diffs (a mail's headers, the
 * commit message, a diffstat, the "-- " signature) is skipped: a hunk
 * is read by the counts in its "@@" header, as git apply reads it.
 */
#include "patch_read.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

struct lines {
	const char **s; /* each line, not NUL-terminated */
	size_t *len; /* without the newline (and a '\r' before it) */
	size_t n;
};

struct reader {
	struct lines l;
	size_t i; /* the next line to read */
	struct patch *p;
	struct patch_file *cur; /* the file whose hunks come next */
	int cur_has_header; /* its "---"/"+++" pair was seen */
	char *err;
	size_t errlen;
};

static void split_lines(const char *text, size_t len, struct lines *l)
{
	const char *p = text, *end = text + len;
	size_t cap = 0;

	memset(l, 0, sizeof(*l));
	while (p < end) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		size_t n = nl ? (size_t)(nl - p) : (size_t)(end - p);

		if (l->n == cap) {
			cap = cap ? cap * 2 : 256;
			l->s = xrealloc(l->s, cap * sizeof(*l->s));
			l->len = xrealloc(l->len, cap * sizeof(*l->len));
		}
		l->s[l->n] = p;
		l->len[l->n++] = n && p[n - 1] == '\r' ? n - 1 : n;
		p += n + 1;
	}
}

static void lines_free(struct lines *l)
{
	free(l->s);
	free(l->len);
}

static int starts(const struct lines *l, size_t i, const char *prefix)
{
	size_t n = strlen(prefix);

	return i < l->n && l->len[i] >= n && !memcmp(l->s[i], prefix, n);
}

/* The rest of line @i after @skip characters, as a string. */
static char *rest_of(const struct lines *l, size_t i, size_t skip)
{
	return xstrndup(l->s[i] + skip, l->len[i] - skip);
}

static int fail(struct reader *r, const char *fmt, const char *what)
{
	snprintf(r->err, r->errlen, fmt, what, (long)r->i + 1);
	return -1;
}

/* ---- paths ---- */

int patch_path_ok(const char *path)
{
	const char *p = path;

	if (!*path || *path == '/')
		return 0;
	while (*p) {
		size_t n = strcspn(p, "/");

		if (n == 2 && !memcmp(p, "..", 2))
			return 0;
		p += n;
		p += strspn(p, "/");
	}
	return 1;
}

/* git's C-style quoting: "a/tab\there" -> a/tab<TAB>here. */
static char *unquote(const char *s, size_t n, size_t *used)
{
	struct strbuf sb = { 0 };
	size_t i = 1;

	while (i < n && s[i] != '"') {
		char c = s[i++];

		if (c == '\\' && i < n) {
			c = s[i++];
			if (c >= '0' && c <= '7') {
				int v = c - '0', k;

				for (k = 0; k < 2 && i < n && s[i] >= '0' &&
					    s[i] <= '7';
				     k++)
					v = v * 8 + (s[i++] - '0');
				c = (char)v;
			} else if (c == 't') {
				c = '\t';
			} else if (c == 'n') {
				c = '\n';
			} else if (c == 'r') {
				c = '\r';
			} else if (c == 'a') {
				c = '\a';
			} else if (c == 'b') {
				c = '\b';
			} else if (c == 'f') {
				c = '\f';
			} else if (c == 'v') {
				c = '\v';
			}
		}
		sb_putc(&sb, c);
	}
	*used = i < n ? i + 1 : i;
	return sb.buf ? sb_detach(&sb) : xstrdup("");
}

/*
 * A path from a "---"/"+++" line: up to a tab (diff -u puts the date
 * there), unquoted, with its first component stripped (-p1), as
 * checkpatch.pl and git apply take it. NULL for /dev/null. Returns 0,
 * or -1 for a path that would leave the tree.
 */
static int header_path(struct reader *r, const char *s, size_t n, char **out)
{
	char *raw, *slash;
	size_t used;

	*out = NULL;
	if (n && s[0] == '"') {
		raw = unquote(s, n, &used);
	} else {
		size_t k = 0;

		while (k < n && s[k] != '\t')
			k++;
		while (k && s[k - 1] == ' ')
			k--;
		raw = xstrndup(s, k);
	}
	if (!strcmp(raw, "/dev/null")) {
		free(raw);
		return 0;
	}
	if (raw[0] == '/') {
		snprintf(r->err, r->errlen,
			 "%s: an absolute path in the patch (line %ld): "
			 "refused, the patch must name files in the tree",
			 raw, (long)r->i + 1);
		free(raw);
		return -1;
	}
	slash = strchr(raw, '/');
	*out = xstrdup(slash ? slash + 1 : raw);
	free(raw);
	if (!patch_path_ok(*out)) {
		snprintf(
			r->err, r->errlen,
			"%s: the path leaves the tree (line %ld of the patch): "
			"refused",
			*out, (long)r->i + 1);
		free(*out);
		*out = NULL;
		return -1;
	}
	return 0;
}

/* A path from "rename from X" and the like: no prefix to strip. */
static int plain_path(struct reader *r, size_t skip, char **out)
{
	const char *s = r->l.s[r->i] + skip;
	size_t n = r->l.len[r->i] - skip, used;

	free(*out);
	*out = n && s[0] == '"' ? unquote(s, n, &used) : xstrndup(s, n);
	if (!patch_path_ok(*out)) {
		snprintf(
			r->err, r->errlen,
			"%s: the path leaves the tree (line %ld of the patch): "
			"refused",
			*out, (long)r->i + 1);
		return -1;
	}
	return 0;
}

/* ---- files and hunks ---- */

static struct patch_file *new_file(struct reader *r)
{
	struct patch *p = r->p;

	p->files = xrealloc(p->files, (p->nfiles + 1) * sizeof(*p->files));
	r->cur = &p->files[p->nfiles++];
	memset(r->cur, 0, sizeof(*r->cur));
	r->cur->patch_line = (long)r->i + 1;
	r->cur_has_header = 0;
	return r->cur;
}

/*
 * "diff --git a/X b/Y": the paths are only a guess (a name may hold
 * " b/"); the "---"/"+++" or "rename" lines that follow replace them.
 */
static int git_header(struct reader *r)
{
	struct patch_file *f = new_file(r);
	const char *s = r->l.s[r->i] + 11;
	size_t n = r->l.len[r->i] - 11, half = (n - 1) / 2;

	if (n > 5 && n % 2 && s[half] == ' ' && !memcmp(s, "a/", 2) &&
	    !memcmp(s + half + 1, "b/", 2) &&
	    !memcmp(s + 2, s + half + 3, half - 2)) {
		f->old_path = xstrndup(s + 2, half - 2);
	} else {
		const char *b = NULL, *p;

		for (p = s; p + 3 <= s + n; p++)
			if (!memcmp(p, " b/", 3))
				b = p;
		if (!b || memcmp(s, "a/", 2))
			return 0; /* quoted or odd: the headers will say */
		f->old_path = xstrndup(s + 2, (size_t)(b - s - 2));
		f->new_path = xstrndup(b + 3, (size_t)(s + n - b - 3));
	}
	if (!f->new_path)
		f->new_path = xstrdup(f->old_path);
	if (!patch_path_ok(f->old_path) || !patch_path_ok(f->new_path))
		return fail(r,
			    "%s: the path leaves the tree (line %ld of the "
			    "patch): refused",
			    f->old_path);
	return 0;
}

/* The extended header lines git writes after "diff --git". */
static int git_extended(struct reader *r)
{
	struct patch_file *f = r->cur;

	if (starts(&r->l, r->i, "new file mode")) {
		f->is_new = 1;
	} else if (starts(&r->l, r->i, "deleted file mode")) {
		f->is_deleted = 1;
	} else if (starts(&r->l, r->i, "rename from ")) {
		f->is_rename = 1;
		return plain_path(r, 12, &f->old_path);
	} else if (starts(&r->l, r->i, "rename to ")) {
		f->is_rename = 1;
		return plain_path(r, 10, &f->new_path);
	} else if (starts(&r->l, r->i, "copy from ")) {
		f->is_copy = 1;
		return plain_path(r, 10, &f->old_path);
	} else if (starts(&r->l, r->i, "copy to ")) {
		f->is_copy = 1;
		return plain_path(r, 8, &f->new_path);
	} else if (starts(&r->l, r->i, "Binary files ") ||
		   starts(&r->l, r->i, "GIT binary patch")) {
		f->is_binary = 1;
	}
	return 0;
}

/* "--- a/x" then "+++ b/x". */
static int file_header(struct reader *r)
{
	struct patch_file *f;
	char *oldp, *newp;

	if (header_path(r, r->l.s[r->i] + 4, r->l.len[r->i] - 4, &oldp))
		return -1;
	r->i++;
	if (header_path(r, r->l.s[r->i] + 4, r->l.len[r->i] - 4, &newp)) {
		free(oldp);
		return -1;
	}
	if (!r->cur || r->cur_has_header || r->cur->nhunks)
		new_file(r);
	f = r->cur;
	f->is_new |= !oldp;
	f->is_deleted |= !newp;
	free(f->old_path);
	free(f->new_path);
	f->old_path = oldp;
	f->new_path = newp;
	r->cur_has_header = 1;
	return 0;
}

/* "@@ -a,b +c,d @@": 0, or -1 when it is not such a line. */
static int hunk_header(const char *s, size_t n, struct patch_hunk *h)
{
	char *buf = xstrndup(s, n), *p = buf + 3, *end;
	int ret = -1;

	h->old_count = h->new_count = 1;
	if (*p++ != '-')
		goto out;
	h->old_start = strtol(p, &end, 10);
	if (end == p)
		goto out;
	p = end;
	if (*p == ',') {
		h->old_count = strtol(p + 1, &end, 10);
		if (end == p + 1)
			goto out;
		p = end;
	}
	if (strncmp(p, " +", 2))
		goto out;
	p += 2;
	h->new_start = strtol(p, &end, 10);
	if (end == p)
		goto out;
	p = end;
	if (*p == ',') {
		h->new_count = strtol(p + 1, &end, 10);
		if (end == p + 1)
			goto out;
		p = end;
	}
	if (strncmp(p, " @@", 3) || h->old_start < 0 || h->new_start < 0 ||
	    h->old_count < 0 || h->new_count < 0)
		goto out;
	ret = 0;
out:
	free(buf);
	return ret;
}

static void add_hunk_line(struct patch_hunk *h, struct reader *r, char kind)
{
	struct patch_line *pl;
	size_t len = r->l.len[r->i];

	h->lines = xrealloc(h->lines, (h->nlines + 1) * sizeof(*h->lines));
	pl = &h->lines[h->nlines++];
	pl->kind = kind;
	pl->patch_line = (long)r->i + 1;
	pl->new_line = 0;
	pl->text = len ? rest_of(&r->l, r->i, 1) : xstrdup("");
	pl->raw = r->l.s[r->i];
	pl->rawlen = len;
}

/*
 * checkpatch.pl counts a hunk's lines until the last line of the new
 * side: every context and added line, and the removed lines before it.
 */
static size_t checked_lines(const struct patch_hunk *h)
{
	size_t i, last = 0;

	for (i = 0; i < h->nlines; i++)
		if (h->lines[i].kind != '-')
			last = i + 1;
	return last;
}

static int read_hunk(struct reader *r)
{
	struct patch_file *f = r->cur;
	struct patch_hunk h = { 0 };
	long old_left, new_left;
	char last = 0;

	if (hunk_header(r->l.s[r->i], r->l.len[r->i], &h))
		return fail(r, "%s at line %ld of the patch",
			    "a broken hunk header");
	h.patch_line = (long)r->i + 1;
	old_left = h.old_count;
	new_left = h.new_count;
	for (r->i++; r->i < r->l.n && (old_left > 0 || new_left > 0); r->i++) {
		const char *s = r->l.s[r->i];
		char c = r->l.len[r->i] ? s[0] : ' ';

		if (c == '\\') {
			if (last == '-' || last == ' ')
				h.no_newline_old = 1;
			if (last == '+' || last == ' ')
				h.no_newline_new = 1;
			continue;
		}
		if ((c == ' ' && old_left > 0 && new_left > 0) ||
		    (c == '-' && old_left > 0) || (c == '+' && new_left > 0)) {
			add_hunk_line(&h, r, c);
			old_left -= c != '+';
			new_left -= c != '-';
			last = c;
			continue;
		}
		break;
	}
	if (old_left > 0 || new_left > 0) {
		size_t k;

		for (k = 0; k < h.nlines; k++)
			free(h.lines[k].text);
		free(h.lines);
		r->i = (size_t)h.patch_line - 1;
		return fail(r,
			    "%s at line %ld of the patch is shorter than "
			    "its @@ line says",
			    "the hunk");
	}
	if (starts(&r->l, r->i, "\\")) {
		if (last == '-' || last == ' ')
			h.no_newline_old = 1;
		if (last == '+' || last == ' ')
			h.no_newline_new = 1;
		r->i++;
	}
	r->p->lines_checked += checked_lines(&h);
	f->hunks = xrealloc(f->hunks, (f->nhunks + 1) * sizeof(*f->hunks));
	f->hunks[f->nhunks++] = h;
	return 0;
}

/* checkpatch.pl names a patch read from stdin after its Subject:. */
static void take_subject(struct reader *r)
{
	size_t skip = 8;

	while (skip < r->l.len[r->i] &&
	       (r->l.s[r->i][skip] == ' ' || r->l.s[r->i][skip] == '\t'))
		skip++;
	if (!r->p->subject && !r->p->nfiles && skip < r->l.len[r->i])
		r->p->subject = rest_of(&r->l, r->i, skip);
}

static int read_all(struct reader *r)
{
	while (r->i < r->l.n) {
		int ret = 0;

		if (starts(&r->l, r->i, "diff --git ")) {
			ret = git_header(r);
		} else if (starts(&r->l, r->i, "--- ") &&
			   starts(&r->l, r->i + 1, "+++ ")) {
			ret = file_header(r);
		} else if (starts(&r->l, r->i, "@@ -") && r->cur &&
			   (r->cur_has_header || r->cur->old_path)) {
			ret = read_hunk(r);
			if (!ret)
				continue;
		} else if (r->cur && !r->cur->nhunks && !r->cur_has_header) {
			ret = git_extended(r);
		} else if (starts(&r->l, r->i, "Subject:")) {
			take_subject(r);
		}
		if (ret)
			return -1;
		r->i++;
	}
	return 0;
}

static void file_free(struct patch_file *f)
{
	size_t i, k;

	for (i = 0; i < f->nhunks; i++) {
		for (k = 0; k < f->hunks[i].nlines; k++)
			free(f->hunks[i].lines[k].text);
		free(f->hunks[i].lines);
	}
	free(f->hunks);
	free(f->old_path);
	free(f->new_path);
}

void patch_free(struct patch *p)
{
	size_t i;

	for (i = 0; i < p->nfiles; i++)
		file_free(&p->files[i]);
	free(p->files);
	free(p->subject);
	memset(p, 0, sizeof(*p));
}

int patch_parse(const char *text, size_t len, struct patch *p, char *err,
		size_t errlen)
{
	struct reader r = { .p = p, .err = err, .errlen = errlen };
	size_t i;

	memset(p, 0, sizeof(*p));
	split_lines(text, len, &r.l);
	if (read_all(&r))
		goto bad;
	for (i = 0; i < p->nfiles; i++) {
		struct patch_file *f = &p->files[i];

		if (f->is_new) {
			free(f->old_path);
			f->old_path = NULL;
		}
		if (f->is_deleted) {
			free(f->new_path);
			f->new_path = NULL;
		}
		if (!f->old_path && !f->new_path) {
			snprintf(err, errlen,
				 "no file name for the diff at line %ld of the "
				 "patch",
				 f->patch_line);
			goto bad;
		}
	}
	if (!p->nfiles) {
		snprintf(err, errlen,
			 "no diff found: not a unified diff or a git "
			 "format-patch mail");
		goto bad;
	}
	lines_free(&r.l);
	return 0;
bad:
	lines_free(&r.l);
	patch_free(p);
	return -1;
}

/* ---- applying ---- */

/*
 * Whether one side of the hunk matches @old from line @pos (0-based):
 * the old side when @skip is '+', the new side when it is '-'.
 */
static int hunk_fits(const struct patch_hunk *h, const struct lines *old,
		     size_t pos, char skip)
{
	size_t i, k = pos;

	for (i = 0; i < h->nlines; i++) {
		const struct patch_line *pl = &h->lines[i];
		size_t n = strlen(pl->text);

		if (pl->kind == skip)
			continue;
		if (k >= old->n || old->len[k] != n ||
		    memcmp(old->s[k], pl->text, n))
			return 0;
		k++;
	}
	return 1;
}

static long side_len(const struct patch_hunk *h, char skip)
{
	size_t i;
	long n = 0;

	for (i = 0; i < h->nlines; i++)
		n += h->lines[i].kind != skip;
	return n;
}

/* Where the hunk's side fits at or after @from, nearest its header first. */
static long find_place(const struct patch_hunk *h, const struct lines *old,
		       size_t from, char skip)
{
	long start = skip == '+' ? h->old_start : h->new_start;
	long count = skip == '+' ? h->old_count : h->new_count;
	long want = count ? start - 1 : start;
	long span = side_len(h, skip), last = (long)old->n - span, d;

	if (want < (long)from)
		want = (long)from;
	if (want > last)
		want = last;
	for (d = 0; want - d >= (long)from || want + d <= last; d++) {
		if (want - d >= (long)from && want - d <= last &&
		    hunk_fits(h, old, (size_t)(want - d), skip))
			return want - d;
		if (d && want + d <= last && want + d >= (long)from &&
		    hunk_fits(h, old, (size_t)(want + d), skip))
			return want + d;
	}
	return -1;
}

/*
 * The patch is already in the tree (a pre-commit hook, a patch made from
 * the last commit): find each hunk's new side in @l and number its lines
 * there. 0, or -1 when a hunk's new side is not there either.
 */
static int locate_applied(struct patch_file *f, const struct lines *l)
{
	size_t cursor = 0, h, i;

	for (h = 0; h < f->nhunks; h++) {
		struct patch_hunk *hk = &f->hunks[h];
		long pos = find_place(hk, l, cursor, '-');

		if (pos < 0)
			return -1;
		for (i = 0; i < hk->nlines; i++) {
			if (hk->lines[i].kind != '-')
				pos++;
			hk->lines[i].new_line = pos;
		}
		cursor = (size_t)pos;
	}
	return 0;
}

static void put_line(struct strbuf *sb, const char *s, size_t n)
{
	sb_add(sb, s, n);
	sb_putc(sb, '\n');
}

int patch_apply(struct patch_file *f, const char *old, size_t oldlen,
		char **out, size_t *outlen, char *err, size_t errlen)
{
	struct strbuf sb = { 0 };
	struct lines l;
	size_t cursor = 0, h;
	long line = 0;

	split_lines(old ? old : "", old ? oldlen : 0, &l);
	for (h = 0; h < f->nhunks; h++) {
		struct patch_hunk *hk = &f->hunks[h];
		long pos = find_place(hk, &l, cursor, '+');
		size_t i;

		if (pos < 0 && old && !locate_applied(f, &l)) {
			lines_free(&l);
			sb_free(&sb);
			*outlen = oldlen;
			*out = xstrndup(old, oldlen);
			return 0;
		}
		if (pos < 0) {
			snprintf(
				err, errlen,
				"%s: hunk %zu (line %ld of the patch) does not "
				"apply to the file in the tree",
				f->old_path ? f->old_path : f->new_path, h + 1,
				hk->patch_line);
			lines_free(&l);
			sb_free(&sb);
			return -1;
		}
		for (; cursor < (size_t)pos; cursor++, line++)
			put_line(&sb, l.s[cursor], l.len[cursor]);
		for (i = 0; i < hk->nlines; i++) {
			struct patch_line *pl = &hk->lines[i];

			if (pl->kind != '-')
				put_line(&sb, pl->text, strlen(pl->text));
			if (pl->kind != '+')
				cursor++;
			if (pl->kind != '-')
				line++;
			pl->new_line = line;
		}
	}
	for (; cursor < l.n; cursor++)
		put_line(&sb, l.s[cursor], l.len[cursor]);
	lines_free(&l);
	*outlen = sb.len;
	*out = sb.buf ? sb_detach(&sb) : xstrdup("");
	return 0;
}
