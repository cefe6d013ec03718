// SPDX-License-Identifier: GPL-2.0-only
/*
 * The list of --files-from. An entry is taken as a PATH on the command
 * line is, relative to the current directory, and the walk treats it as
 * one (a directory is walked, a file that is not C is refused). Here it
 * is only split and checked to exist, so that a bad entry is named with
 * its place in the list.
 */
#include "file_list.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "util.h"

static int read_list(const char *name, char **text, size_t *len)
{
	int stdin_list = !strcmp(name, "-");

	if (!(stdin_list ? read_fd(0, text, len) : read_file(name, text, len)))
		return 0;
	wq_error("%s: cannot read the list of files (--files-from): %s",
		 stdin_list ? "standard input" : name, strerror(errno));
	return -1;
}

/* One entry, at @entry (1-based) of @list: 0 when it exists. */
static int check_entry(const char *list, size_t entry, const char *path)
{
	struct stat st;
	char *p;

	if (!stat(path, &st))
		return 0;
	p = escape_path(path);
	wq_error("%s:%zu: %s: %s", list, entry, p,
		 errno == ELOOP ? "symbolic link loop" : strerror(errno));
	free(p);
	return -1;
}

static void add_path(struct file_list *out, size_t *cap, char *path)
{
	if (out->n == *cap) {
		*cap = *cap ? *cap * 2 : 256;
		out->paths = xrealloc(out->paths, *cap * sizeof(*out->paths));
	}
	out->paths[out->n++] = path;
}

int file_list_read(const char *name, int nul, struct file_list *out)
{
	const char *list = strcmp(name, "-") ? name : "standard input";
	char sep = nul ? '\0' : '\n', *p, *end;
	size_t len, n, entry = 0, cap = 0, bad = 0;

	memset(out, 0, sizeof(*out));
	if (read_list(name, &out->text, &len))
		return -1;
	for (p = out->text, end = out->text + len; p < end; p += n + 1) {
		char *stop = memchr(p, sep, (size_t)(end - p));

		n = stop ? (size_t)(stop - p) : (size_t)(end - p);
		p[n] = '\0'; /* the separator, or the text's final NUL */
		entry++;
		if (!n)
			continue;
		if (!nul && strlen(p) != n) {
			wq_error("%s:%zu: a NUL byte in a line of --files-from "
				 "(a NUL-separated list needs -0)",
				 list, entry);
			bad++;
		} else if (check_entry(list, entry, p)) {
			bad++;
		} else {
			add_path(out, &cap, p);
		}
	}
	if (!bad)
		return 0;
	file_list_free(out);
	return -1;
}

void file_list_free(struct file_list *l)
{
	free(l->paths);
	free(l->text);
	memset(l, 0, sizeof(*l));
}
