// SPDX-License-Identifier: GPL-2.0-only
/*
 * The result cache. Each entry is one small file named by the SHA-256 of
 * the scanned file's content, in a directory named by the rule set's
 * key, so a new rule set simply starts a new directory. Entries are
 * written under a temporary name and renamed, so a reader never sees a
 * half-written one, even with several wqcheck runs at once.
 */
#include "cache.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <openssl/evp.h>

#include "prefilter.h"
#include "records.h"
#include "results.h"
#include "util.h"

/*
 * Bump when what is stored, or what reduce.c hands to spatch, changes:
 * old entries then stop matching.
 */
#define CACHE_FORMAT "wqcheck-cache-11"

/*
 * Each entry starts with a line giving the length and the SHA-256 of
 * what follows, so that an entry cut short or damaged on disk is seen
 * and computed again rather than read as a file with fewer findings.
 */
#define ENTRY_MAGIC "wqcheck-entry"

/*
 * The first line of what an entry holds (the blob, checked by the line
 * above), then "R\t<record>" for each record as spatch printed it and
 * "U\t<line>\t<last>\t<function>" for each region it could not parse.
 */
#define BLOB_HEADER "wqcheck-cache\n"

void sha256_hex(const void *buf, size_t len, char out[SHA256_HEX_LEN + 1])
{
	unsigned char md[EVP_MAX_MD_SIZE];
	unsigned int n = 0, i;

	EVP_Digest(buf, len, md, &n, EVP_sha256(), NULL);
	for (i = 0; i < n && i < 32; i++)
		snprintf(out + 2 * i, 3, "%02x", md[i]);
	out[SHA256_HEX_LEN] = '\0';
}

void cache_key_files(struct strbuf *sb, const char *dir, const char *suffix)
{
	size_t n = 0, i, len, slen = strlen(suffix);
	char **v = NULL, hex[SHA256_HEX_LEN + 1], *path, *buf;
	DIR *d = opendir(dir);
	struct dirent *de;

	if (!d) {
		sb_printf(sb, "%s:-;", dir);
		return;
	}
	while ((de = readdir(d))) {
		len = strlen(de->d_name);
		if (len <= slen || strcmp(de->d_name + len - slen, suffix))
			continue;
		v = xrealloc(v, (n + 1) * sizeof(*v));
		v[n++] = xstrdup(de->d_name);
	}
	closedir(d);
	sort_array(v, n, sizeof(*v), cmp_strings);
	for (i = 0; i < n; i++) {
		path = path_join(dir, v[i]);
		if (read_file(path, &buf, &len)) {
			sb_printf(sb, "%s:-;", v[i]);
		} else {
			sha256_hex(buf, len, hex);
			sb_printf(sb, "%s:%s;", v[i], hex);
			free(buf);
		}
		free(path);
	}
	free_strv(v, n);
}

static int hash_rules(struct cache *c, char *const *rule_files, size_t nrules,
		      const char *spatch_version)
{
	struct strbuf sb = { 0 };
	const char *const *id;
	size_t i;

	sb_printf(&sb, "%s\n%s\n", CACHE_FORMAT, spatch_version);
	for (id = wq_idents; *id; id++)
		sb_printf(&sb, "%s\n", *id);
	for (i = 0; i < nrules; i++) {
		char *buf;
		size_t len;

		if (read_file(rule_files[i], &buf, &len)) {
			wq_error("%s: %s", rule_files[i], strerror(errno));
			sb_free(&sb);
			return -1;
		}
		sb_printf(&sb, "%s %zu\n", rule_files[i], len);
		sb_add(&sb, buf, len);
		free(buf);
	}
	sha256_hex(sb.buf, sb.len, c->rules_key);
	sb_free(&sb);
	return 0;
}

static char *cache_base(void)
{
	const char *xdg = getenv("XDG_CACHE_HOME"), *home = getenv("HOME");

	/* The XDG spec says to ignore a relative $XDG_CACHE_HOME. */
	if (xdg && xdg[0] == '/')
		return path_join(xdg, "wqcheck");
	if (home && home[0] == '/')
		return xasprintf("%s/.cache/wqcheck", home);
	return NULL;
}

int cache_open(struct cache *c, char *const *rule_files, size_t nrules,
	       const char *spatch_version, int disabled)
{
	char *base;

	memset(c, 0, sizeof(*c));
	if (hash_rules(c, rule_files, nrules, spatch_version))
		return -1;
	if (disabled)
		return 0;
	base = cache_base();
	if (!base) {
		wq_warn("no cache directory: neither $XDG_CACHE_HOME nor $HOME "
			"is an absolute path; results are not cached");
		return 0;
	}
	c->dir = xasprintf("%s/%.16s", base, c->rules_key);
	if (mkdir_p(c->dir)) {
		wq_warn("%s: %s; results are not cached", c->dir,
			strerror(errno));
		free(c->dir);
		c->dir = NULL;
	}
	free(base);
	return 0;
}

static char *entry_path(struct cache *c, const char *key)
{
	return xasprintf("%s/%.2s/%s", c->dir, key, key);
}

/* The blob of entry @buf, or NULL when the entry is damaged. */
static const char *entry_blob(const char *buf, size_t len, size_t *bloblen)
{
	char hex[SHA256_HEX_LEN + 1], want[SHA256_HEX_LEN + 1], *end;
	const char *nl = memchr(buf, '\n', len), *p;
	size_t n = strlen(ENTRY_MAGIC);
	unsigned long long size;

	if (!nl || (size_t)(nl - buf) < n + 1 + 1 + 1 + SHA256_HEX_LEN ||
	    memcmp(buf, ENTRY_MAGIC " ", n + 1))
		return NULL;
	p = buf + n + 1;
	if (*p < '0' || *p > '9')
		return NULL;
	size = strtoull(p, &end, 10);
	if (*end != ' ' || nl - end - 1 != SHA256_HEX_LEN)
		return NULL;
	memcpy(want, end + 1, SHA256_HEX_LEN);
	want[SHA256_HEX_LEN] = '\0';
	p = nl + 1;
	if (size != (unsigned long long)(buf + len - p))
		return NULL;
	sha256_hex(p, (size_t)size, hex);
	if (strcmp(hex, want))
		return NULL;
	*bloblen = (size_t)size;
	return p;
}

int cache_get(struct cache *c, const char *key, char **blob, size_t *len)
{
	const char *b;
	char *path, *buf;
	size_t n, bn;

	if (!c->dir)
		return -1;
	path = entry_path(c, key);
	if (read_file(path, &buf, &n)) {
		free(path);
		return -1;
	}
	b = entry_blob(buf, n, &bn);
	if (!b) {
		/* Not trusted: it is computed again and written anew. */
		wq_warn("%s: damaged cache entry, ignored", path);
		unlink(path);
		free(buf);
		free(path);
		return -1;
	}
	*blob = xstrndup(b, bn);
	*len = bn;
	free(buf);
	free(path);
	return 0;
}

void cache_put(struct cache *c, const char *key, const char *blob, size_t len)
{
	char *path, *dir, *tmp, *head, hex[SHA256_HEX_LEN + 1];
	int fd;

	if (!c->dir)
		return;
	sha256_hex(blob, len, hex);
	head = xasprintf(ENTRY_MAGIC " %zu %s\n", len, hex);
	dir = xasprintf("%s/%.2s", c->dir, key);
	path = entry_path(c, key);
	tmp = xasprintf("%s.tmp%ld", path, (long)getpid());
	if (mkdir(dir, 0700) && errno != EEXIST)
		goto out;
	fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
	if (fd < 0)
		goto out;
	if (write_all(fd, head, strlen(head)) | write_all(fd, blob, len) |
		    close(fd) ||
	    rename(tmp, path))
		unlink(tmp);
out:
	free(head);
	free(tmp);
	free(path);
	free(dir);
}

void cache_close(struct cache *c)
{
	free(c->dir);
	c->dir = NULL;
}

void cache_entry_start(struct strbuf *e)
{
	sb_puts(e, BLOB_HEADER);
}

void cache_entry_record(struct strbuf *e, const char *line, size_t n)
{
	sb_puts(e, "R\t");
	sb_add(e, line, n);
	sb_putc(e, '\n');
}

void cache_entry_unparsed(struct strbuf *e, long line, long last,
			  const char *function)
{
	sb_printf(e, "U\t%ld\t%ld\t%s\n", line, last, function ? function : "");
}

void cache_put_nothing(struct cache *c, const char *key)
{
	cache_put(c, key, BLOB_HEADER, strlen(BLOB_HEADER));
}

/* One line of a blob, made a string in place. */
static void load_line(char *line, const char *path, struct scan_result *res)
{
	char err[128];

	if (!strncmp(line, "R\t", 2)) {
		results_take_line(res, line + 2, strlen(line + 2), path, err,
				  sizeof(err));
	} else if (!strncmp(line, "U\t", 2)) {
		char *fn = NULL, *p;
		long l = strtol(line + 2, &p, 10), last = l;

		if (*p == '\t')
			last = strtol(p + 1, &p, 10);
		if (*p == '\t' && p[1])
			fn = p + 1;
		results_add_unparsed(res, path, fn, l, last);
	}
}

int cache_load(struct cache *c, const char *key, const char *path,
	       struct scan_result *res)
{
	char *blob, *line, *end;
	size_t len;

	if (cache_get(c, key, &blob, &len))
		return 0;
	if (len < strlen(BLOB_HEADER) ||
	    memcmp(blob, BLOB_HEADER, strlen(BLOB_HEADER))) {
		free(blob);
		return 0;
	}
	end = blob + len;
	for (line = blob + strlen(BLOB_HEADER); line < end;) {
		char *nl = memchr(line, '\n', (size_t)(end - line));

		if (!nl)
			nl = end;
		*nl = '\0';
		load_line(line, path, res);
		line = nl + 1;
	}
	free(blob);
	return 1;
}
