// SPDX-License-Identifier: GPL-2.0-only
/*
 * kbuild's source-checker call. Kbuild runs, for each C file it builds
 * with C=1 (C=2: every file),
 *
 *   $(CHECK) $(CHECKFLAGS) $(c_flags) path/to/file.c
 *
 * CHECKFLAGS are sparse's (-D__linux__ -Dlinux ... -Wbitwise --arch=x86
 * -m64 ...), c_flags the compiler's (-Wp,-MMD,..., -nostdinc, -I...,
 * -include ..., -D..., -f..., -m..., -O2, -c -o file.o). wqcheck takes
 * the last argument as the file, keeps its own long options, notes the
 * include directories, forced includes and macros, ignores the rest,
 * and scans the file as "wqcheck FILE" would (cache and all). Its
 * warnings go to standard error.
 *
 * The semantic patches run with --no-includes, as the kernel's
 * coccicheck runs them, so that a file gives the same findings here as
 * in a tree scan: the include directories and forced includes are not
 * handed to spatch, and spatch has no way to define a macro (its -D
 * names a virtual rule). They are read so that a malformed call is
 * caught, and shown with --verbose.
 */
#include "kbuild.h"

#include <errno.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "util.h"

extern char **environ;

/* Compiler options whose value is the next argument. */
static const char *const separate[] = {
	"-include",	"-imacros",    "-isystem",
	"-idirafter",	"-iquote",     "-iprefix",
	"-iwithprefix", "-isysroot",   "-I",
	"-D",		"-U",	       "-o",
	"-x",		"-MF",	       "-MT",
	"-MQ",		"-Xassembler", "-Xpreprocessor",
	"-Xlinker",	"--param",     "-aux-info",
	"-T",		"-L",	       "-l",
};

static int takes_value(const char *a)
{
	size_t i;

	for (i = 0; i < ARRAY_SIZE(separate); i++)
		if (!strcmp(a, separate[i]))
			return 1;
	return 0;
}

/*
 * A flag only a compiler is given. "-fjson" and the like are wqcheck's
 * own -f FORMAT, which no compiler has.
 */
static int is_compiler_marker(const char *a)
{
	static const char *const markers[] = {
		"-D", "-I",    "-W",	    "-f",      "-m",
		"-O", "-std=", "-nostdinc", "-include"
	};
	enum format f;
	size_t i;

	if (!strncmp(a, "-f", 2) && !options_format(a + 2, &f))
		return 0;
	for (i = 0; i < ARRAY_SIZE(markers); i++)
		if (!strncmp(a, markers[i], strlen(markers[i])))
			return 1;
	return 0;
}

static int ends_with(const char *s, const char *suffix)
{
	size_t n = strlen(s), m = strlen(suffix);

	return n >= m && !strcmp(s + n - m, suffix);
}

int kbuild_detect(int argc, char **argv)
{
	int i, marker = 0;

	for (i = 1; i < argc; i++)
		if (!strcmp(argv[i], "--kbuild"))
			return 1;
	if (argc < 3 || argv[argc - 1][0] == '-' ||
	    !ends_with(argv[argc - 1], ".c"))
		return 0;
	for (i = 1; i < argc - 1; i++) {
		if (argv[i][0] != '-')
			return 0;
		marker |= is_compiler_marker(argv[i]);
		if (takes_value(argv[i]))
			i++;
	}
	return marker;
}

/* ---- parsing ---- */

static void push(char ***v, size_t *n, char *s)
{
	*v = xrealloc(*v, (*n + 1) * sizeof(**v));
	(*v)[(*n)++] = s;
}

/* "--name=value" or "--name": the value, or NULL when it is not @name. */
static const char *long_opt(const char *a, const char *name, int *flag)
{
	size_t n = strlen(name);

	if (strncmp(a, "--", 2) || strncmp(a + 2, name, n))
		return NULL;
	if (a[2 + n] == '=')
		return a + 3 + n;
	if (!a[2 + n]) {
		*flag = 1;
		return "";
	}
	return NULL;
}

/* One of wqcheck's own options: 1 if it was, 0 if not, -1 if bad. */
static int own_option(const char *a, struct options *o, struct kbuild *k,
		      char *err, size_t errlen)
{
	const char *v;
	int flag = 0;
	char *end;

	if (!strcmp(a, "--kbuild"))
		return 1;
	if (!strcmp(a, "--no-cache")) {
		o->no_cache = 1;
		return 1;
	}
	if (!strcmp(a, "--verbose")) {
		o->verbose = 1;
		return 1;
	}
	if (!strcmp(a, "--no-waiters")) {
		o->waiters = 0;
		return 1;
	}
	if ((v = long_opt(a, "sparse", &flag))) {
		k->sparse = flag ? "sparse" : v;
		return 1;
	}
	if ((v = long_opt(a, "spatch", &flag)) && !flag) {
		o->spatch = v;
		return 1;
	}
	if ((v = long_opt(a, "confidence", &flag)) && !flag) {
		o->min_confidence = confidence_from_name(v);
		if (o->min_confidence)
			return 1;
		snprintf(err, errlen,
			 "unknown confidence '%s' (expected high, medium or "
			 "low)",
			 v);
		return -1;
	}
	if ((v = long_opt(a, "timeout", &flag)) && !flag) {
		errno = 0;
		o->timeout = strtol(v, &end, 10);
		if (*v && !*end && !errno && o->timeout > 0 &&
		    o->timeout <= 86400)
			return 1;
		snprintf(err, errlen, "invalid value '%s' for --timeout", v);
		return -1;
	}
	return 0;
}

/* A compiler flag: note what it says about includes and macros. */
static int compiler_flag(char **argv, int i, int last, struct kbuild *k)
{
	const char *a = argv[i];
	const char *val = NULL;
	int used = 1;

	if (takes_value(a)) {
		if (i + 1 >= last)
			return -1;
		val = argv[i + 1];
		used = 2;
	}
	if (!strcmp(a, "-include"))
		push(&k->includes, &k->nincludes, (char *)val);
	else if (!strcmp(a, "-I") || !strcmp(a, "-isystem") ||
		 !strcmp(a, "-iquote") || !strcmp(a, "-idirafter"))
		push(&k->incdirs, &k->nincdirs, (char *)val);
	else if (!strcmp(a, "-D"))
		push(&k->defines, &k->ndefines, (char *)val);
	else if (!strncmp(a, "-I", 2))
		push(&k->incdirs, &k->nincdirs, (char *)a + 2);
	else if (!strncmp(a, "-D", 2))
		push(&k->defines, &k->ndefines, (char *)a + 2);
	return used;
}

int kbuild_parse(int argc, char **argv, struct options *o, struct kbuild *k,
		 char *err, size_t errlen)
{
	int i;

	memset(o, 0, sizeof(*o));
	memset(k, 0, sizeof(*k));
	o->min_confidence = CONF_MEDIUM;
	o->timeout = DEFAULT_TIMEOUT;
	o->quiet = 1;
	o->jobs = 1; /* make -j runs the files in parallel */
	o->kbuild = 1;
	o->waiters = 1; /* two-sided, as "wqcheck FILE" */
	if (argc < 2 || argv[argc - 1][0] == '-') {
		snprintf(err, errlen, "--kbuild: no source file at the end");
		return -1;
	}
	k->file = argv[argc - 1];
	for (i = 1; i < argc - 1;) {
		int used = own_option(argv[i], o, k, err, errlen);

		if (used < 0)
			return -1;
		if (used) {
			i++;
			continue;
		}
		used = compiler_flag(argv, i, argc - 1, k);
		if (used < 0) {
			snprintf(err, errlen, "--kbuild: '%s' needs a value",
				 argv[i]);
			return -1;
		}
		i += used;
	}
	o->paths = xcalloc(2, sizeof(*o->paths));
	o->paths[0] = (char *)k->file;
	o->npaths = 1;
	return 0;
}

void kbuild_free(struct kbuild *k)
{
	free(k->incdirs);
	free(k->includes);
	free(k->defines);
	memset(k, 0, sizeof(*k));
}

/* ---- sparse ---- */

/* sparse gets the call as kbuild made it, less wqcheck's options. */
static char **sparse_args(int argc, char **argv, const char *prog)
{
	char **v = xcalloc((size_t)argc + 1, sizeof(*v));
	struct options scratch;
	struct kbuild ks = { 0 };
	char err[128];
	int i, n = 0;

	memset(&scratch, 0, sizeof(scratch));
	v[n++] = (char *)prog;
	for (i = 1; i < argc; i++)
		if (own_option(argv[i], &scratch, &ks, err, sizeof(err)) == 0)
			v[n++] = argv[i];
	v[n] = NULL;
	return v;
}

/* Run sparse with stdout and stderr passed through; its exit status. */
static int run_sparse(const char *prog, char **args)
{
	pid_t pid;
	int st, err;

	err = posix_spawnp(&pid, prog, NULL, NULL, args, environ);
	if (err) {
		wq_error("cannot run %s: %s (install sparse, Debian package "
			 "'sparse', or name it with --sparse=PROGRAM)",
			 prog, strerror(err));
		return 2;
	}
	while (waitpid(pid, &st, 0) < 0) {
		if (errno != EINTR)
			return 2;
		if (wq_interrupted)
			kill(pid, SIGTERM);
	}
	if (WIFEXITED(st))
		return WEXITSTATUS(st);
	return 128 + WTERMSIG(st);
}

void kbuild_show(const struct kbuild *k)
{
	size_t i;

	fprintf(stderr,
		"wqcheck: kbuild call for %s: %zu include "
		"directories, %zu forced includes, %zu macros "
		"(not given to spatch, which runs with --no-includes)\n",
		k->file, k->nincdirs, k->nincludes, k->ndefines);
	for (i = 0; i < k->nincludes; i++)
		fprintf(stderr, "  -include %s\n", k->includes[i]);
}

int kbuild_sparse(const struct kbuild *k, int argc, char **argv)
{
	char **args;
	int status;

	if (!k->sparse)
		return 0;
	args = sparse_args(argc, argv, k->sparse);
	status = run_sparse(k->sparse, args);
	free(args);
	return status;
}

/*
 * The warnings go to stderr, where gcc and sparse print theirs: "make -s"
 * sends a command's stdout to /dev/null.
 */
int kbuild_to_stderr(void)
{
	fflush(stdout);
	if (dup2(STDERR_FILENO, STDOUT_FILENO) < 0) {
		wq_error("cannot write the warnings to stderr: %s",
			 strerror(errno));
		return -1;
	}
	return 0;
}

int kbuild_status(int sparse_status, int status)
{
	/* findings and files spatch could not parse are warnings only */
	if (status == 1)
		status = 0;
	if (wq_interrupted)
		status = 2;
	return sparse_status ? sparse_status : status;
}
