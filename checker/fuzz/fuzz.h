/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * What every harness shares: the libFuzzer entry point, and a check that
 * aborts (so that libFuzzer, or the replay binary under the sanitizers,
 * reports it as a crash) when a property the parser promises is broken.
 */
#ifndef WQCHECK_FUZZ_H
#define WQCHECK_FUZZ_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define FUZZ_ASSERT(cond)                                                  \
	do {                                                               \
		if (!(cond)) {                                             \
			fprintf(stderr, "%s:%d: property broken: %s\n",    \
				__FILE__, __LINE__, #cond);                \
			abort();                                           \
		}                                                          \
	} while (0)

#endif
