// SPDX-License-Identifier: GPL-2.0-only
/*
 * Fuzz the kbuild argument reader (kbuild.c): the input is split at NUL
 * bytes into the argument vector kbuild would pass ("$(CHECK)
 * $(CHECKFLAGS) $(c_flags) file.c"), at most 64 arguments. Properties
 * beyond "no crash, no leak":
 *   - kbuild_detect() answers 0 or 1 and changes nothing;
 *   - a call that parses checks exactly one file, one of the arguments,
 *     and the values are in their ranges;
 *   - a failed parse says why.
 */
#include <stdlib.h>
#include <string.h>

#include "../kbuild.h"
#include "fuzz.h"

#define MAX_ARGS 64

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *buf = malloc(size + 1), *argv[MAX_ARGS + 2], *saved[MAX_ARGS + 2];
	char err[512];
	int argc = 1, ret, i, found = 0;
	struct options o;
	struct kbuild k;
	size_t n, start = 0;

	memcpy(buf, data, size);
	buf[size] = '\0';
	argv[0] = "wqcheck";
	for (n = 0; n <= size && argc <= MAX_ARGS; n++) {
		if (n == size || buf[n] == '\0') {
			buf[n] = '\0';
			argv[argc++] = buf + start;
			start = n + 1;
		}
	}
	argv[argc] = NULL;
	memcpy(saved, argv, sizeof(argv));
	ret = kbuild_detect(argc, argv);
	FUZZ_ASSERT(ret == 0 || ret == 1);
	FUZZ_ASSERT(!memcmp(saved, argv, sizeof(*argv) * (size_t)(argc + 1)));
	memset(err, 'x', sizeof(err));
	ret = kbuild_parse(argc, argv, &o, &k, err, sizeof(err));
	if (ret) {
		FUZZ_ASSERT(ret == -1);
		FUZZ_ASSERT(memchr(err, '\0', sizeof(err)) && err[0]);
	} else {
		FUZZ_ASSERT(k.file && o.npaths == 1 && o.paths[0] == k.file);
		for (i = 1; i < argc; i++)
			found |= argv[i] == k.file;
		FUZZ_ASSERT(found);
		FUZZ_ASSERT(o.min_confidence >= CONF_LOW &&
			    o.min_confidence <= CONF_HIGH);
		FUZZ_ASSERT(o.timeout >= 1 && o.timeout <= 86400);
		for (n = 0; n < k.nincdirs; n++)
			FUZZ_ASSERT(k.incdirs[n]);
		for (n = 0; n < k.nincludes; n++)
			FUZZ_ASSERT(k.includes[n]);
		for (n = 0; n < k.ndefines; n++)
			FUZZ_ASSERT(k.defines[n]);
	}
	kbuild_free(&k);
	options_free(&o);
	free(buf);
	return 0;
}
