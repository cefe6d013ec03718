/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * The command line.
 */
#ifndef WQCHECK_OPTIONS_H
#define WQCHECK_OPTIONS_H

#include <stddef.h>
#include <stdio.h>

#include "records.h"

enum format { FMT_TEXT, FMT_JSON, FMT_SARIF, FMT_CHECKPATCH };

struct options {
	enum format format;
	enum confidence min_confidence;
	long jobs; /* 0: one per CPU */
	long timeout; /* seconds spatch may spend on one file */
	int quiet, verbose, terse, stats, no_cache, no_reduce;
	int strict; /* exit 2 when a wait-list test was not analysed */
	int waiters; /* index the waiters and judge each finding by them */
	int no_waiters; /* --no-waiters: judge the waker alone */
	int complete; /* --complete: the PATHs hold every waiter */
	int help, version;
	const char *baseline, *write_baseline;
	const char *spatch; /* NULL: $WQCHECK_SPATCH or "spatch" */
	/* --patch (patch_check.c): the patch, "-" for stdin, and its tree */
	const char *patch, *root;
	int show_types, no_summary, showfile; /* as checkpatch.pl's */
	int kbuild; /* kbuild's CHECK= call (kbuild.c) */
	/* --fix, --emit-patches (fix_stage.c) */
	int fix, fix_style, signoff, verify_build; /* fix_style: enum fix_style */
	const char *emit_patches; /* the directory for the patches */
	char **paths; /* points into argv */
	size_t npaths;
	/* --files-from: more PATHs, listed in a file ("-": stdin) */
	const char *files_from;
	int null; /* -0: the list is NUL-separated */
};

#define DEFAULT_TIMEOUT 120

/* 0, or -1 with a one-line reason in @err. @o->paths points into @argv. */
int options_parse(int argc, char **argv, struct options *o, char *err,
		  size_t errlen);
void options_free(struct options *o);
/* The format --format=@name names: 0, or -1 for no such format. */
int options_format(const char *name, enum format *f);
void options_usage(FILE *f);

#endif
