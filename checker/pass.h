/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * A pass: rule files run by spatch over a set of files, what it finds
 * appended to the results. A pass is a value; scan_pass() (scan.h) runs
 * any of them the same way: read its files (scan_read.c), run spatch on
 * the candidates (spatch_run.c), read what spatch said
 * (spatch_output.c). The scan runs the first pass, over every file with
 * the rule files as they are, then the callers pass (callers.c).
 */
#ifndef WQCHECK_PASS_H
#define WQCHECK_PASS_H

#include <stddef.h>

#include "reduce.h"

struct cache;
struct matcher;
struct pasted;
struct progress;

struct pass {
	char *const *rules; /* the rule files it runs */
	size_t nrules;
	const struct matcher *names; /* a file that mentions one is a candidate */
	/*
	 * The tests of the wait list its rules print a test record for
	 * (account.h), or NULL when it accounts for none.
	 */
	const struct matcher *tests;
	/*
	 * The files it reads: every file of the walk when @only is NULL.
	 * Else the files named in @only[0..nonly) (NULL entries name none),
	 * and the others only for @elsewhere's names (some of @names), if
	 * it is not NULL.
	 */
	const char *const *only;
	size_t nonly;
	const struct matcher *elsewhere;
	/* spatch -D for each: "name" or "name=value" */
	const char *const *defines;
	size_t ndefines;
	/*
	 * What its records for a file depend on that the cache's rule set
	 * key (cache.h) does not cover: the names it starts from, a rule
	 * file of its own. Mixed into each file's key; NULL in the first
	 * pass.
	 */
	const char *key;
	int note_unreadable; /* list files it cannot read as not checked */
	int waits_only; /* a file none of whose functions waits is none */
	/* append the helpers its checks call made by pasting (pasted.h) */
	int pasted;
	reduce_choose_fn choose; /* what of a file it keeps, or NULL */
	/*
	 * When not NULL, a file that mentions a name is a candidate only if
	 * @accept says so too (called from the reading threads; @elsewhere
	 * for the files read for @elsewhere's names).
	 */
	int (*accept)(const char *buf, size_t len, const void *arg,
		      int elsewhere);
	const void *accept_arg;
	/*
	 * When not NULL, a cheap test every file must pass before the names
	 * are looked for: the matcher is slow on many short names.
	 */
	int (*gate)(const char *buf, size_t len);
	/*
	 * When not NULL, a later pass's gate, tested by the reading threads
	 * on every file this pass reads while its text is at hand: the
	 * answers are kept in pass_env.marks. A pass with @marked_only then
	 * reads only the files marked, instead of the whole tree again
	 * (60,000 files of a kernel, about 1,400 of which wait).
	 */
	int (*mark)(const char *buf, size_t len);
	int marked_only;
};

/* What the passes of one scan share. */
struct pass_env {
	const char *spatch;
	const char *python; /* spatch --python, or NULL for its own choice */
	long jobs;
	long timeout; /* spatch's --timeout, seconds per file */
	struct cache *cache;
	int no_reduce; /* give spatch the files as they are */
	struct progress *progress;
	struct pasted *pasted; /* the macros of the walk's headers */
	char *fatal; /* why spatch failed before reading any file, or NULL */
	int warned_bad_record; /* a record wqcheck cannot read was warned of */
	/* By the walk's file index: passed a pass's @mark; NULL if none ran. */
	unsigned char *marks;
};

/* What one pass did, to be told apart or added up by the scan. */
struct pass_stats {
	size_t candidates; /* files that mention a name */
	size_t lines; /* their lines */
	size_t from_cache; /* candidates answered by the cache */
	size_t nothing; /* candidates whose mentions were in comments */
	size_t parsed; /* candidates given to spatch */
	size_t funcs_kept, funcs_blanked;
	size_t batches;
	double t_read, t_reduce, t_spatch; /* seconds */
	double spatch_cpu; /* CPU seconds of its spatch runs */
	double longest_batch; /* wall seconds of its longest run */
};

#endif
