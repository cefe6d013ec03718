/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * What spatch said about a batch: the records on its standard output,
 * the regions it could not parse and the files it gave up on, on its
 * standard error. They go to the results and to each file's cache entry.
 */
#ifndef WQCHECK_SPATCH_OUTPUT_H
#define WQCHECK_SPATCH_OUTPUT_H

#include <stddef.h>

struct candidates;
struct matcher;
struct scan_result;

struct spatch_reader {
	struct candidates *files; /* the files spatch was given */
	struct scan_result *res;
	const struct matcher *names; /* the pass's, to judge a bad region */
	long timeout; /* spatch's --timeout, to say why a file failed */
	int *warned; /* set once a bad record is warned of */
};

void spatch_take_records(struct spatch_reader *r, const char *out, size_t len);
void spatch_take_diags(struct spatch_reader *r, const char *err, size_t len);

/*
 * The last thing spatch said on standard error (@len bytes of @err), to
 * tell why it failed: at most 200 bytes, malloc'ed, "" for nothing.
 */
char *spatch_last_error(const char *err, size_t len);

#endif
