/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Batches: the candidates spread over one spatch run per job, each
 * batch's reduced copies written to a directory of its own.
 */
#ifndef WQCHECK_BATCH_H
#define WQCHECK_BATCH_H

#include <stddef.h>

struct candidates;

struct batch {
	size_t *files; /* indices of candidates */
	size_t nfiles;
	size_t rule; /* a rerun is for one rule file only */
	char *dir;
};

/* At most @jobs batches of @c's files, about even in cost; *@n of them. */
struct batch *batch_plan(const struct candidates *c, long jobs, size_t *n);

/* A batch of @c's file @file alone, to be rerun with rule file @rule. */
void batch_single(struct batch *b, size_t file, size_t rule);

/*
 * Write the reduced copies of @b's files into @tmpdir/@name, named
 * <index>.c or <index>.h: never the user's names, which may hold spaces
 * or newlines, and the index leads straight back to the file. 0, or -1
 * after an error message.
 */
int batch_write(struct batch *b, const struct candidates *c, const char *tmpdir,
		const char *name);

void batch_free(struct batch *b);

#endif
