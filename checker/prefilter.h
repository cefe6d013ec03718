/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Which files and functions spatch has to see: those that mention one
 * of the identifiers the rules start from. The lists live in prefilter.c
 * and nowhere else.
 */
#ifndef WQCHECK_PREFILTER_H
#define WQCHECK_PREFILTER_H

#include <stddef.h>

/* The identifiers a finding starts from, NULL-terminated. */
extern const char *const wq_idents[];

/*
 * A set of identifiers to look for in a text: wq_idents, or in the
 * second pass the helpers found to test a wait queue for their callers.
 */
struct matcher;

struct matcher *matcher_new(const char *const *names, size_t n);
void matcher_free(struct matcher *m);
/* The matcher for wq_idents. */
const struct matcher *prefilter_default(void);

/* The tests of the wait list the first pass's rules see (account.h). */
const struct matcher *prefilter_tests(void);

/* Non-zero if @s (of length @n) is one of the matcher's names. */
int matcher_is_name(const struct matcher *m, const char *s, size_t n);
/* Non-zero if @buf mentions one of the names as a whole identifier. */
int matcher_mentions(const struct matcher *m, const char *buf, size_t len);

/* The same with the default matcher. */
int prefilter_is_ident(const char *s, size_t n);
int prefilter_mentions(const char *buf, size_t len);

/*
 * Non-zero for the waiter side: wait_event*(), prepare_to_wait*() and
 * the like. The rules pair a check with the waiter on the same queue in
 * the same file, so a function that waits is kept for spatch too.
 */
int prefilter_is_wait_name(const char *s, size_t n);

/*
 * Non-zero for wake_up*() and __wake_up*(): in a file that enqueues with
 * add_wait_queue(), the rules look at how the queue is woken.
 */
int prefilter_is_wake_name(const char *s, size_t n);

/* schedule(), io_schedule() and their _timeout/_hrtimeout forms. */
int prefilter_is_schedule_name(const char *s, size_t n);

/* Non-zero if @buf looks binary (a NUL byte in its first 64 KiB). */
int prefilter_is_binary(const char *buf, size_t len);

/* What reading one file found. */
struct pfile {
	int error; /* errno of a failed read, else 0 */
	int binary;
	int candidate; /* it mentions an identifier */
	int marked; /* it passed the hook's mark */
	char *buf; /* its content, kept for candidates only */
	size_t len;
	void *extra; /* what the hook made of a candidate */
};

/* Run on each candidate by the thread that read it. */
struct pf_hook {
	void (*fn)(struct pfile *pf, void *arg);
	void *arg;
	/* If not NULL, a file is a candidate only if it passes this too. */
	int (*gate)(const char *buf, size_t len);
	/* If not NULL, tested on every file read, for pfile.marked. */
	int (*mark)(const char *buf, size_t len);
};

/*
 * Read the @n files of @paths once each, with @nthreads threads, and
 * fill @out[i] for each, a candidate being a file that mentions one of
 * @m's names. @progress is called now and then from the calling thread.
 * Returns 0, or -1 if interrupted (wq_interrupted).
 */
int prefilter_files(char *const *paths, size_t n, long nthreads,
		    const struct matcher *m, const struct pf_hook *hook,
		    struct pfile *out, void (*progress)(size_t, void *),
		    void *arg);

/* Non-zero if @name ends in .c or .h. */
int prefilter_is_c_name(const char *name);

#endif
