/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * wqcheck as kbuild's source checker: make C=1 CHECK=wqcheck (or C=2)
 * runs "$(CHECK) $(CHECKFLAGS) $(c_flags) file.c" for each C file it
 * compiles, as it runs sparse. main() asks kbuild_detect() first; for
 * such a call, kbuild_parse() makes the options of one quiet scan of
 * the file, which main.c runs as any other, after kbuild_sparse() and
 * kbuild_to_stderr(); kbuild_status() gives the exit status: 0 unless
 * wqcheck or sparse failed, so that the build goes on (as smatch
 * --succeed does).
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
 * of them a -D, -I, -W, -f, -m, -O, -std=, -nostdinc or -include that
 * is not one of wqcheck's own options (-fjson is). Asked before the
 * ordinary command line is parsed.
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

/* --verbose: what the compiler flags said, on standard error. */
void kbuild_show(const struct kbuild *k);
/*
 * With --sparse, run sparse on the call as kbuild made it, less
 * wqcheck's own options: its exit status. 0 without --sparse.
 */
int kbuild_sparse(const struct kbuild *k, int argc, char **argv);
/* Send standard output to standard error: 0, or -1 after an error. */
int kbuild_to_stderr(void);
/*
 * The exit status for kbuild: sparse's when it failed, else 2 when the
 * scan failed or was interrupted, else 0 (findings do not fail a build).
 */
int kbuild_status(int sparse_status, int status);

#endif
