// SPDX-License-Identifier: GPL-2.0-only
/*
 * The second pass. A helper that tests a wait queue with no barrier and
 * no store of its own (a store-in-caller finding of the first pass)
 * leaves the store to its callers, so each call of it is then the check.
 * The rules name the tests they start from in one regular expression,
 * on the line after a marker comment; the second pass runs a copy of
 * each rule file with the helpers' names there instead. Coccinelle
 * cannot take a set of names from its command line other than through
 * a Python constraint, which it would call for every call in the file.
 */
#include "callers.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "prefilter.h"
#include "records.h"
#include "scan.h"
#include "util.h"

#define NAMES_MARK "// wqcheck: check names\n"

/*
 * The wait-list tests themselves (a name the rules start from that is no
 * enqueue, as reduce.c tells them apart): their definitions are no
 * helpers.
 */
static int is_check_name(const char *name)
{
	size_t n = strlen(name);

	return prefilter_is_ident(name, n) && !prefilter_is_wait_name(name, n);
}

static int is_header(const char *path)
{
	size_t len = strlen(path);

	return len > 2 && !strcmp(path + len - 2, ".h");
}

char **callers_find(const struct scan_result *r, size_t *n,
		    const char ***home)
{
	char **v = xcalloc(r->nrecs + 1, sizeof(*v));
	const char **h = xcalloc(r->nrecs + 1, sizeof(*h));
	size_t i, j, k = 0;

	for (i = 0; i < r->nrecs; i++) {
		const struct record *rec = &r->recs[i];
		const char *fn = rec->f[REC_FUNCTION];

		if (strcmp(rec->f[REC_RULE], "store-in-caller") || !*fn ||
		    rec->confidence != CONF_LOW || is_check_name(fn))
			continue;
		for (j = 0; j < k && strcmp(v[j], fn); j++)
			;
		if (j == k) {
			v[k] = (char *)fn;
			h[k++] = is_header(rec->path) ? NULL : rec->path;
		} else if (h[j] && strcmp(h[j], rec->path)) {
			h[j] = NULL; /* defined in several places */
		}
	}
	*n = k;
	*home = h;
	return v;
}

void callers_drop_foreign(struct scan_result *r, size_t first,
			  char *const *names, const char *const *home,
			  size_t n)
{
	size_t i, j, out = first;

	for (i = first; i < r->nrecs; i++) {
		struct record *rec = &r->recs[i];
		int keep = 1;

		for (j = 0; j < n; j++)
			if (!strcmp(rec->f[REC_CHECK], names[j]) && home[j] &&
			    strcmp(home[j], rec->path))
				keep = 0;
		if (keep)
			r->recs[out++] = *rec;
		else
			record_free(rec);
	}
	r->nrecs = out;
}

/*
 * @text with the quoted regular expression on the line after the marker
 * replaced by one that matches exactly @names; NULL without a marker.
 */
static char *with_names(const char *text, char *const *names, size_t n)
{
	const char *mark = strstr(text, NAMES_MARK), *open, *close, *eol;
	struct strbuf sb = { 0 };
	size_t i;

	if (!mark || (mark != text && mark[-1] != '\n'))
		return NULL;
	mark += strlen(NAMES_MARK);
	eol = strchr(mark, '\n');
	open = strstr(mark, "=~ \"");
	if (!eol || !open || open > eol)
		return NULL;
	open += 4;
	close = memchr(open, '"', (size_t)(eol - open));
	if (!close)
		return NULL;
	sb_add(&sb, text, (size_t)(open - text));
	sb_puts(&sb, "^(");
	for (i = 0; i < n; i++)
		sb_printf(&sb, "%s%s", i ? "|" : "", names[i]);
	sb_puts(&sb, ")$");
	sb_puts(&sb, close);
	return sb_detach(&sb);
}

int callers_rule_copy(const char *rule, const char *dir, size_t idx,
		      char *const *names, size_t n, char **out)
{
	char *text = NULL, *copy, *path;
	size_t len;
	int fd, ret = -1;

	*out = NULL;
	if (read_file(rule, &text, &len)) {
		wq_error("%s: %s", rule, strerror(errno));
		return -1;
	}
	copy = with_names(text, names, n);
	free(text);
	if (!copy)
		return 0; /* this rule file does not follow helpers */
	path = xasprintf("%s/callers-%zu.cocci", dir, idx);
	fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0600);
	if (fd < 0 || write_all(fd, copy, strlen(copy)) | close(fd)) {
		wq_error("%s: %s", path, strerror(errno));
		free(path);
	} else {
		*out = path;
		ret = 0;
	}
	free(copy);
	return ret;
}
