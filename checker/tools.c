// SPDX-License-Identifier: GPL-2.0-only
/*
 * The semantic patches, spatch and the cache, found and checked once a
 * run, before anything is scanned.
 */
#include "tools.h"

#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "run.h"
#include "util.h"

static int is_dir(const char *path)
{
	struct stat st;

	return !stat(path, &st) && S_ISDIR(st.st_mode);
}

/* $WQCHECK_COCCI_DIR, the source tree's cocci/, the installed copy. */
static char *find_cocci_dir(const char *datadir)
{
	const char *env = getenv("WQCHECK_COCCI_DIR");
	char exe[PATH_MAX], *slash, *dir;
	ssize_t n;

	if (env && *env)
		return xstrdup(env);
	n = readlink("/proc/self/exe", exe, sizeof(exe) - 1);
	if (n > 0) {
		exe[n] = '\0';
		slash = strrchr(exe, '/');
		if (slash) {
			*slash = '\0';
			dir = xasprintf("%s/../cocci", exe);
			if (is_dir(dir))
				return dir;
			free(dir);
		}
	}
	return xstrdup(datadir);
}

/* Whether the rule file @path declares "virtual @kind". */
static int is_rule_file(const char *path, const char *kind)
{
	char *buf, *want = xasprintf("virtual %s\n", kind);
	size_t len;
	int ret;

	if (read_file(path, &buf, &len)) {
		free(want);
		return 0;
	}
	ret = strstr(buf, want) != NULL;
	free(buf);
	free(want);
	return ret;
}

/* The waiter index's rule file: the one that declares "virtual wqindex". */
static char *find_index_rule(const char *dir)
{
	char *path = path_join(dir, "waiters.cocci");

	if (is_rule_file(path, "wqindex"))
		return path;
	free(path);
	return NULL;
}

/* The rule files: *.cocci that declare "virtual wqcheck". */
static char **find_rules(const char *dir, size_t *n)
{
	DIR *d = opendir(dir);
	struct dirent *de;
	char **v = NULL;

	*n = 0;
	if (!d) {
		wq_error("%s: cannot read the semantic patches: %s (set "
			 "WQCHECK_COCCI_DIR to the directory holding "
			 "waitqueue_active.cocci)",
			 dir, strerror(errno));
		return NULL;
	}
	while ((de = readdir(d))) {
		size_t len = strlen(de->d_name);
		char *path;

		if (len < 6 || strcmp(de->d_name + len - 6, ".cocci"))
			continue;
		path = path_join(dir, de->d_name);
		if (!is_rule_file(path, "wqcheck")) {
			free(path);
			continue;
		}
		v = xrealloc(v, (*n + 1) * sizeof(*v));
		v[(*n)++] = path;
	}
	closedir(d);
	if (!*n)
		wq_error("%s: no semantic patch declaring 'virtual wqcheck' "
			 "found",
			 dir);
	else
		sort_array(v, *n, sizeof(*v), cmp_strings);
	return v;
}

static long default_jobs(void)
{
	long n = sysconf(_SC_NPROCESSORS_ONLN);

	return n > 0 ? n : 1;
}

/*
 * spatch finds the Python for its scripts by running "python3" from
 * $PATH. A version manager's shim there (pyenv) costs a fifth of a
 * second at each of the four spatch starts of a scan, and may load an
 * interpreter other than the one Coccinelle was built for. Debian's
 * coccinelle is built for /usr/bin/python3.
 */
static const char *spatch_python(void)
{
	const char *p = getenv("WQCHECK_PYTHON");

	if (p)
		return *p ? p : NULL;
	return access("/usr/bin/python3", X_OK) ? NULL : "/usr/bin/python3";
}

int tools_open(const struct options *o, const char *datadir, struct tools *t)
{
	const char *spatch = o->spatch ? o->spatch : getenv("WQCHECK_SPATCH");

	t->dir = find_cocci_dir(datadir);
	t->rules = find_rules(t->dir, &t->nrules);
	if (!t->rules)
		return -1;
	t->index_rule = o->waiters ? find_index_rule(t->dir) : NULL;
	t->complete = o->complete;
	if (o->waiters && !t->index_rule) {
		wq_error("%s: no waiters.cocci declaring 'virtual wqindex' found "
			 "for --waiters",
			 t->dir);
		return -1;
	}
	if (!spatch || !*spatch)
		spatch = "spatch";
	if (spatch_probe(spatch, &t->version) ||
	    cache_open(&t->cache, t->rules, t->nrules, t->version,
		       o->no_cache || o->no_reduce))
		return -1;
	t->cfg = (struct scan_config){
		.rule_files = t->rules,
		.nrules = t->nrules,
		.index_rule = t->index_rule,
		.spatch = spatch,
		.python = spatch_python(),
		.timeout = o->timeout,
		.jobs = o->jobs ? o->jobs : default_jobs(),
		.cache = &t->cache,
		.min_confidence = o->min_confidence,
		.progress = !o->quiet && isatty(2),
		.no_reduce = o->no_reduce,
	};
	return 0;
}

void tools_close(struct tools *t)
{
	cache_close(&t->cache);
	free(t->version);
	free_strv(t->rules, t->nrules);
	free(t->index_rule);
	free(t->dir);
}
