/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Running spatch: checking that it is there and new enough, and running
 * batches of files through it in parallel, each with a deadline.
 */
#ifndef WQCHECK_RUN_H
#define WQCHECK_RUN_H

#include <stddef.h>
#include <sys/types.h>

#include "util.h"

#define SPATCH_MIN_VERSION "1.1.0"

/*
 * Check that @program runs and is SPATCH_MIN_VERSION or newer. On success
 * store its version line in @version (malloc'ed) and return 0; otherwise
 * print one error line saying what to install and return -1.
 */
int spatch_probe(const char *program, char **version);

/* Compare dotted versions: <0, 0, >0. */
int version_cmp(const char *a, const char *b);

struct job {
	char **argv; /* NULL-terminated; argv[0] is the program */
	double limit; /* seconds before the job is killed */
	void *data; /* the caller's */
	/* results */
	struct strbuf out, err;
	int status; /* as from waitpid() */
	int killed; /* killed by us when past its limit */
	int spawn_error; /* errno of a failed start */
	double cpu; /* seconds of CPU it used */
	double wall; /* seconds from start to end */
	/* private */
	pid_t pid;
	int fd[2]; /* standard output and error, or -1 */
	double start;
};

/*
 * Run @jobs, at most @parallel at a time, with TMPDIR set to @tmpdir for
 * them. @done is called as each job ends, @tick about ten times a second.
 * Returns 0, or -1 when interrupted: every child is then killed and
 * reaped before returning.
 */
int run_jobs(struct job *jobs, size_t njobs, long parallel, const char *tmpdir,
	     void (*done)(struct job *, void *), void (*tick)(void *),
	     void *arg);

/* A job's outcome in words ("exited with status 2", "killed by signal 11"). */
char *job_failure(const struct job *job);
/* Non-zero if the job ran and exited with status 0. */
int job_ok(const struct job *job);

#endif
