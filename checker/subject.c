// SPDX-License-Identifier: GPL-2.0-only
/*
 * The tree around a file, as a patch needs it. Every question to git is
 * one command whose failure only means "not known".
 */
#include "subject.h"

#include <ctype.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cmd.h"
#include "util.h"

#define LOG_SUBJECTS "100"

static int is_dir(const char *path)
{
	struct stat st;

	return !stat(path, &st) && S_ISDIR(st.st_mode);
}

static char *dir_of(const char *path)
{
	const char *slash = strrchr(path, '/');

	if (!slash)
		return xstrdup(".");
	if (slash == path)
		return xstrdup("/");
	return xstrndup(path, (size_t)(slash - path));
}

/* The top of a kernel tree: Makefile, Kbuild and scripts/ side by side. */
static int kernel_top(const char *dir)
{
	static const char *const need[] = { "Makefile", "Kbuild", "scripts" };
	size_t i;
	int ret = 1;

	for (i = 0; i < ARRAY_SIZE(need) && ret; i++) {
		char *p = path_join(dir, need[i]);

		ret = !access(p, F_OK);
		free(p);
	}
	return ret;
}

/* The nearest kernel top at or above the directory @real, or NULL. */
static char *kernel_top_above(const char *real)
{
	char *up = xstrdup(real);

	for (;;) {
		char *slash = strrchr(up, '/');

		if (kernel_top(up))
			return up;
		if (!slash || slash == up)
			break;
		*slash = '\0';
	}
	free(up);
	return NULL;
}

/* Is @inner a directory strictly below @outer? */
static int below(const char *inner, const char *outer)
{
	size_t n = strlen(outer);

	return !strncmp(inner, outer, n) && inner[n] == '/';
}

/*
 * The kernel tree a patch is relative to. A git work tree is that tree
 * only when no kernel top lies below its top: a tree unpacked into
 * another project's repository (an ignored cache directory, say) must
 * not get paths relative to that project.
 */
char *subject_tree_root(const char *path, int *is_git)
{
	char *dir = is_dir(path) ? xstrdup(path) : dir_of(path);
	const char *argv[] = { "git", "-C", dir, "rev-parse", "--show-toplevel",
			       NULL };
	char *top = cmd_exists("git") ? cmd_line(NULL, argv) : NULL;
	char real[PATH_MAX];
	int resolved = realpath(dir, real) != NULL;
	char *ktop = resolved ? kernel_top_above(real) : NULL;

	*is_git = top && !(ktop && below(ktop, top));
	if (*is_git) {
		free(ktop);
		free(dir);
		return top;
	}
	free(top);
	if (ktop || resolved) {
		free(dir);
		return ktop ? ktop : xstrdup(real);
	}
	return dir;
}

/* ---- the subject prefix ---- */

/* A token of a prefix: no blank, no colon, not empty. */
static size_t token_len(const char *s)
{
	size_t n = 0;

	while (s[n] && !isspace((unsigned char)s[n]) && s[n] != ':')
		n++;
	return n;
}

/* "mei: client" of "mei: client: fix a race", or 0 length. */
static size_t prefix_len(const char *s)
{
	size_t n = 0, k;

	for (;;) {
		k = token_len(s + n);
		if (!k || s[n + k] != ':' || s[n + k + 1] != ' ')
			return n ? n - 2 : 0;
		n += k + 2;
	}
}

char *subject_prefix_from_log(const char *log)
{
	struct entry {
		char *p;
		int count;
	} *v = NULL;
	size_t n = 0, i, best = 0;
	const char *line = log;
	char *ret;

	while (line && *line) {
		const char *end = strchr(line, '\n');
		size_t len = end ? (size_t)(end - line) : strlen(line);
		char *s = xstrndup(line, len), *p = s;
		size_t k;

		line = end ? end + 1 : NULL;
		/* "[PATCH] aio: ..." in the oldest history */
		if (*p == '[' && strchr(p, ']')) {
			p = strchr(p, ']') + 1;
			while (*p == ' ')
				p++;
		}
		k = prefix_len(p);
		if (!k || !strncmp(p, "Revert", 6) || !strncmp(p, "Merge", 5) ||
		    !strncmp(p, "treewide", 8)) {
			free(s);
			continue;
		}
		for (i = 0; i < n; i++)
			if (strlen(v[i].p) == k && !strncmp(v[i].p, p, k))
				break;
		if (i == n) {
			v = xrealloc(v, (n + 1) * sizeof(*v));
			v[n].p = xstrndup(p, k);
			v[n++].count = 0;
		}
		v[i].count++;
		free(s);
	}
	/* The most used; the newest of those used as often. */
	for (i = 1; i < n; i++)
		if (v[i].count > v[best].count)
			best = i;
	for (i = 0; i < n; i++)
		if (i != best)
			free(v[i].p);
	if (!n) {
		free(v);
		return NULL;
	}
	ret = v[best].p;
	free(v);
	return ret;
}

/* Directories whose files are named after what they hold. */
static int names_by_file(const char *dir)
{
	static const char *const v[] = { "fs", "kernel", "lib", "init",
					  "ipc", "include/linux", "include/net",
					  "security", "crypto", "virt",
					  "drivers/char", "drivers/misc", "" };
	size_t i;

	for (i = 0; i < ARRAY_SIZE(v); i++)
		if (!strcmp(dir, v[i]))
			return 1;
	return 0;
}

/* Directory names that say little alone: "usb: core", not "core". */
static int generic_dir(const char *name)
{
	static const char *const v[] = { "core", "common", "host", "src",
					  "base", "lib", "generic", "server",
					  "client", "char" };
	size_t i;

	for (i = 0; i < ARRAY_SIZE(v); i++)
		if (!strcmp(name, v[i]))
			return 1;
	return 0;
}

/* Subsystems whose subjects have a name of their own in front. */
static char *known_prefix(const char *dir, const char *base)
{
	const char *last = strrchr(dir, '/');

	last = last ? last + 1 : dir;
	if (!strncmp(dir, "sound/soc", 9))
		return strcmp(last, "soc") ? xasprintf("ASoC: %s", last) :
					     xstrdup("ASoC");
	if (!strncmp(dir, "sound/", 6) || !strcmp(dir, "sound"))
		return strcmp(last, "sound") ? xasprintf("ALSA: %s", last) :
					       xstrdup("ALSA");
	if (!strcmp(dir, "drivers/gpu/drm"))
		return xstrdup("drm");
	if (!strncmp(dir, "drivers/gpu/drm/", 16)) {
		size_t n = strcspn(dir + 16, "/");

		return xasprintf("drm/%.*s", (int)n, dir + 16);
	}
	if (!strcmp(dir, "drivers/md") && !strncmp(base, "dm-", 3))
		return xasprintf("dm %s", base + 3);
	return NULL;
}

char *subject_prefix_from_path(const char *relpath)
{
	char *dir = dir_of(relpath), *base, *dot, *last, *out;
	const char *b = strrchr(relpath, '/');

	base = xstrdup(b ? b + 1 : relpath);
	dot = strrchr(base, '.');
	if (dot && dot != base)
		*dot = '\0';
	if (!strcmp(dir, "."))
		dir[0] = '\0';
	out = known_prefix(dir, base);
	if (out)
		goto done;
	if (names_by_file(dir) || !strchr(dir, '/')) {
		if (!strcmp(dir, "mm") || !strcmp(dir, "block") ||
		    !strcmp(dir, "io_uring") || !strcmp(dir, "net"))
			out = xstrdup(dir);
		else
			out = xstrdup(base);
		goto done;
	}
	last = strrchr(dir, '/') + 1;
	if (generic_dir(last)) {
		char *parent = xstrndup(dir, (size_t)(last - 1 - dir));
		const char *p = strrchr(parent, '/');

		out = xasprintf("%s: %s", p ? p + 1 : parent, last);
		free(parent);
	} else {
		out = xstrdup(last);
	}
done:
	free(dir);
	free(base);
	return out;
}

char *subject_prefix(const char *root, int is_git, const char *relpath)
{
	const char *argv[] = { "git", "log", "--no-merges", "--format=%s",
			       "-n", LOG_SUBJECTS, "--", relpath, NULL };
	struct strbuf out = { 0 };
	char *p = NULL;

	if (is_git && !cmd_run(root, argv, 120, &out, NULL) && out.len)
		p = subject_prefix_from_log(out.buf);
	sb_free(&out);
	return p ? p : subject_prefix_from_path(relpath);
}

/* ---- Fixes: ---- */

static int shallow(const char *root)
{
	const char *argv[] = { "git", "rev-parse", "--is-shallow-repository",
			       NULL };
	char *s = cmd_line(root, argv);
	int ret = s && !strcmp(s, "true");

	free(s);
	return ret;
}

char *subject_fixes(const char *root, const char *relpath, long line)
{
	char range[64];
	const char *argv[] = { "git", "blame", "--porcelain", "-L", range,
			       "--", relpath, NULL };
	struct strbuf out = { 0 };
	char *sha = NULL, *summary = NULL, *ret = NULL, *p;
	int boundary = 0;

	snprintf(range, sizeof(range), "%ld,%ld", line, line);
	if (cmd_run(root, argv, 300, &out, NULL) || !out.len)
		goto out;
	sha = xstrndup(out.buf, strcspn(out.buf, " \n"));
	if (strlen(sha) < 12 || strspn(sha, "0") == strlen(sha))
		goto out;
	for (p = out.buf; p && *p; p = strchr(p, '\n'), p = p ? p + 1 : p) {
		if (!strncmp(p, "summary ", 8) && !summary)
			summary = xstrndup(p + 8, strcspn(p + 8, "\n"));
		else if (!strncmp(p, "boundary", 8) && p[8] == '\n')
			boundary = 1;
		else if (*p == '\t')
			break;
	}
	if (!summary || (boundary && shallow(root)))
		goto out;
	ret = xasprintf("Fixes: %.12s (\"%s\")", sha, summary);
out:
	free(sha);
	free(summary);
	sb_free(&out);
	return ret;
}

/* ---- who ---- */

static char *git_config(const char *root, const char *key)
{
	const char *argv[] = { "git", "config", "--get", key, NULL };

	return cmd_exists("git") ? cmd_line(root, argv) : NULL;
}

int subject_ident(const char *root, char **name, char **email)
{
	const char *n = getenv("GIT_AUTHOR_NAME");
	const char *e = getenv("GIT_AUTHOR_EMAIL");

	*name = n && *n ? xstrdup(n) : git_config(root, "user.name");
	*email = e && *e ? xstrdup(e) : git_config(root, "user.email");
	if (*name && *email)
		return 0;
	free(*name);
	free(*email);
	*name = xstrdup(SUBJECT_DEFAULT_NAME);
	*email = xstrdup(SUBJECT_DEFAULT_EMAIL);
	return -1;
}
