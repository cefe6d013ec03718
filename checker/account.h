/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Accounting for every wait-list test: the reading stage lists the
 * tests of a candidate file (outside comments and strings), the rules
 * print a record for each test they see, and what they did not see is
 * named with its reason, never skipped in silence.
 */
#ifndef WQCHECK_ACCOUNT_H
#define WQCHECK_ACCOUNT_H

#include <stddef.h>

#include "reduce.h"

/* A test the rules saw (cocci/RECORDS.md). */
#define TEST_TAG "wqcheck-test-1"
/* A test they did not see, as the cache keeps it. */
#define UNTESTED_TAG "wqcheck-untested-1"

enum wt_state { WT_SEEN, WT_ANALYSED, WT_UNPARSED };

struct wtest {
	long line;
	char *name; /* the test: waitqueue_active, ... */
	char *macro; /* the macro whose body holds it, or NULL */
	long func; /* index in the reduced file's functions, or -1 */
	enum wt_state state;
	long bad_first, bad_last; /* WT_UNPARSED: the lines spatch named */
};

struct wtests {
	struct wtest *v;
	size_t n, cap;
};

/* A test that was not analysed (results.h keeps a list of them). */
struct unanalysed {
	char *path;
	long line;
	char *test;
	char *kind; /* macro, unparsed, not-checked, silent */
	char *why;
};

struct matcher;
struct scan_result;
struct strbuf;

/* The tests of @buf: calls of @m's names outside comments and strings. */
void account_find(const char *buf, size_t len, const struct matcher *m,
		  const struct reduced *red, struct wtests *out);
/* The rules saw the test @name at @line. */
void account_mark(struct wtests *t, long line, const char *name);
/* Lines @first..@last could not be parsed. */
void account_unparsed(struct wtests *t, long first, long last);
/*
 * The file's runs are over: what was not analysed goes to @res as
 * found in @path, and, for a file that was checked, to its cache @entry.
 */
void account_finish(struct wtests *t, const struct reduced *red, int failed,
		    struct strbuf *entry, struct scan_result *res,
		    const char *path);
/*
 * A test record or an untested line (of spatch or of a cache entry),
 * added to @res with @path as the path: 1, or 0 for another line.
 */
int account_take_line(struct scan_result *res, const char *line, size_t n,
		      const char *path);
/* The file field of a test record, malloc'ed, or NULL for another line. */
char *account_test_file(const char *line, size_t n, long *lineno,
			char **name);
/* Whether @name is a test of the first pass, not a second-pass helper. */
int account_is_test(const char *name);
void account_free(struct wtests *t);

#endif
