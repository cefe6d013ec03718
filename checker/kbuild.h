/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * wqcheck as kbuild's source checker: make C=1 CHECK=wqcheck (or C=2)
 * runs "$(CHECK) $(CHECKFLAGS) $(c_flags) file.c" for each C file it
 * compiles, as it runs sparse. wqcheck recognises that call, checks the
 * one file, prints gcc-style warnings, and exits 0 unless it failed
 * itself, so that the build goes on (as smatch --succeed does).
 */
#ifndef WQCHECK_KBUILD_H
#define WQCHECK_KBUILD_H

#include "options.h"

struct kbuild {
	const char *file; /* the source file, as kbuild gave it */
	const char *sparse; /* --sparse: the sparse to run first, or NULL */
	/* what the compiler flags say; see kbuild.c for their use */
	char **incdirs, **includes, **defines;
	size_t nincdirs, nincludes, ndefines;
};

/*
 * Whether @argv is such a call: "--kbuild" anywhere, or a last argument
 * naming a .c file after arguments that all read as compiler flags, one
 * of them a -D, -I, -W, -f, -m, -O, -std= or -nostdinc. Only asked when
 * the ordinary command line did not parse.
 */
int kbuild_detect(int argc, char **argv);

/*
 * Parse the call: wqcheck's own options (long ones only: --kbuild,
 * --sparse[=PROGRAM], --confidence=, --spatch=, --timeout=, --no-cache,
 * --verbose), the compiler's flags, the file. Fills @o for one quiet
 * scan of the file. 0, or -1 with a reason in @err.
 */
int kbuild_parse(int argc, char **argv, struct options *o, struct kbuild *k,
		 char *err, size_t errlen);
void kbuild_free(struct kbuild *k);

/*
 * The whole run: sparse first with --sparse, then @run (main.c's scan
 * and report) on the file. Returns 0 unless sparse failed (its status)
 * or wqcheck did (2); findings do not fail the build.
 */
int kbuild_main(int argc, char **argv, int (*run)(struct options *o));

#endif
