/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * A few macros for the unit tests: each test is a function, a failed
 * check prints where and what, and main() returns non-zero if any did.
 */
#ifndef WQCHECK_UNIT_H
#define WQCHECK_UNIT_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/*
 * Whether the test runs under valgrind (tests/fault/memcheck.sh runs the
 * suite there too): a few facts of the system differ there.
 */
#if defined(__has_include) && __has_include(<valgrind/valgrind.h>)
#include <valgrind/valgrind.h>
#define UNIT_ON_VALGRIND() RUNNING_ON_VALGRIND
#else
#define UNIT_ON_VALGRIND() 0
#endif

static int unit_failed;

#define CHECK(cond)                                                      \
	do {                                                             \
		if (!(cond)) {                                           \
			fprintf(stderr, "%s:%d: %s: CHECK(%s) failed\n", \
				__FILE__, __LINE__, __func__, #cond);    \
			unit_failed++;                                   \
		}                                                        \
	} while (0)

#define CHECK_INT(a, b)                                                      \
	do {                                                                 \
		long long a_ = (long long)(a), b_ = (long long)(b);          \
		if (a_ != b_) {                                              \
			fprintf(stderr, "%s:%d: %s: %s is %lld, not %lld\n", \
				__FILE__, __LINE__, __func__, #a, a_, b_);   \
			unit_failed++;                                       \
		}                                                            \
	} while (0)

#define CHECK_STR(a, b)                                                        \
	do {                                                                   \
		const char *a_ = (a), *b_ = (b);                               \
		if (!a_ || !b_ || strcmp(a_, b_)) {                            \
			fprintf(stderr,                                        \
				"%s:%d: %s: %s is\n  \"%s\"\nnot\n  \"%s\"\n", \
				__FILE__, __LINE__, __func__, #a,              \
				a_ ? a_ : "(null)", b_ ? b_ : "(null)");       \
			unit_failed++;                                         \
		}                                                              \
	} while (0)

#define RUN(test)                                            \
	do {                                                 \
		int before_ = unit_failed;                   \
		test();                                      \
		if (unit_failed != before_)                  \
			fprintf(stderr, "  in %s\n", #test); \
	} while (0)

static inline int unit_done(void)
{
	return unit_failed ? 1 : 0;
}

#endif
