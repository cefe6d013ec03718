// SPDX-License-Identifier: GPL-2.0-only
/*
 * Fuzz the command line (options.c): the input is split at NUL bytes
 * into an argument vector (at most 64 arguments). Properties beyond "no
 * crash, no leak":
 *   - a failed parse says why (a non-empty message, NUL-terminated);
 *   - a good one has a PATH unless --help, --version or --patch, every PATH is
 *     one of the arguments, and the values are in their ranges;
 */
#include <stdlib.h>
#include <string.h>

#include "../options.h"
#include "fuzz.h"

#define MAX_ARGS 64

static int in_argv(char **argv, int argc, const char *p)
{
	int i;

	for (i = 1; i < argc; i++)
		if (argv[i] == p)
			return 1;
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *buf = malloc(size + 1), *argv[MAX_ARGS + 2], err[512];
	int argc = 1, ret;
	struct options o;
	size_t k, start = 0;

	memcpy(buf, data, size);
	buf[size] = '\0';
	argv[0] = "wqcheck";
	for (k = 0; k <= size && argc <= MAX_ARGS; k++) {
		if (k == size || buf[k] == '\0') {
			buf[k] = '\0';
			argv[argc++] = buf + start;
			start = k + 1;
		}
	}
	argv[argc] = NULL;
	memset(err, 'x', sizeof(err));
	ret = options_parse(argc, argv, &o, err, sizeof(err));
	if (ret) {
		FUZZ_ASSERT(ret == -1);
		FUZZ_ASSERT(memchr(err, '\0', sizeof(err)) && err[0]);
	} else {
		/* A scan needs a PATH; --patch reads a patch instead. */
		FUZZ_ASSERT(o.help || o.version || o.patch || o.npaths > 0);
		FUZZ_ASSERT(o.npaths < (size_t)argc);
		for (k = 0; k < o.npaths; k++)
			FUZZ_ASSERT(in_argv(argv, argc, o.paths[k]));
		FUZZ_ASSERT(o.format >= FMT_TEXT && o.format <= FMT_CHECKPATCH);
		FUZZ_ASSERT(o.min_confidence >= CONF_LOW &&
			    o.min_confidence <= CONF_HIGH);
		FUZZ_ASSERT(o.jobs >= 0 && o.jobs <= 1024);
		FUZZ_ASSERT(o.timeout >= 1 && o.timeout <= 86400);
		FUZZ_ASSERT(!o.terse || o.format == FMT_CHECKPATCH || o.patch ||
			    o.help || o.version);
	}
	options_free(&o);
	free(buf);
	return 0;
}
