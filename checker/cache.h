/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * The result cache: what spatch found in a file, keyed by the SHA-256 of
 * the file's content and of the rule set (the rule files, the spatch
 * version and what wqcheck itself does to a file before spatch sees it).
 */
#ifndef WQCHECK_CACHE_H
#define WQCHECK_CACHE_H

#include <stddef.h>

#define SHA256_HEX_LEN 64

struct scan_result;
struct strbuf;

struct cache {
	char *dir; /* NULL when the cache is off */
	char rules_key[SHA256_HEX_LEN + 1];
};

/* SHA-256 of @buf as 64 lower-case hex digits. */
void sha256_hex(const void *buf, size_t len, char out[SHA256_HEX_LEN + 1]);

/*
 * Append to @sb "name:sha256;" for each file of @dir whose name ends in
 * @suffix, in name order ("name:-;" for one that cannot be read, and
 * "@dir:-;" when @dir cannot be read): a key made with it changes when
 * any of the files does.
 */
void cache_key_files(struct strbuf *sb, const char *dir, const char *suffix);

/*
 * Compute the rule set's key from @rule_files and @spatch_version, and,
 * unless @disabled, pick the directory under $XDG_CACHE_HOME (or
 * ~/.cache). Returns 0, or -1 if a rule file cannot be read (the error
 * is printed). A cache that cannot be used is a warning, not an error.
 */
int cache_open(struct cache *c, char *const *rule_files, size_t nrules,
	       const char *spatch_version, int disabled);

/* The entry for @key: 0 and a malloc'ed blob, or -1 when there is none. */
int cache_get(struct cache *c, const char *key, char **blob, size_t *len);

/* Store an entry: written to a temporary name, then renamed. */
void cache_put(struct cache *c, const char *key, const char *blob, size_t len);

void cache_close(struct cache *c);

/*
 * An entry holds what spatch found in one file: each record as spatch
 * printed it, and each region it could not parse. It is built as the
 * spatch runs on the file end: started, then one line per finding.
 */
void cache_entry_start(struct strbuf *e);
/* One record line (@n bytes, without its newline). */
void cache_entry_record(struct strbuf *e, const char *line, size_t n);
/* Lines @line..@last not parsed, in function @function (or NULL). */
void cache_entry_unparsed(struct strbuf *e, long line, long last,
			  const char *function);
/* Store the entry of a file with nothing for spatch to look at. */
void cache_put_nothing(struct cache *c, const char *key);

/*
 * Append what the entry for @key holds to @res, as found in @path: 1,
 * or 0 when there is no such entry.
 */
int cache_load(struct cache *c, const char *key, const char *path,
	       struct scan_result *res);

#endif
