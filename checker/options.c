// SPDX-License-Identifier: GPL-2.0-only
/*
 * The command line. Parsed by hand rather than with getopt_long() so
 * that every mistake gets a message of our own and the parser keeps no
 * global state (the unit tests call it many times).
 */
#include "options.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

enum opt_id {
	OPT_FORMAT,
	OPT_CONFIDENCE,
	OPT_JOBS,
	OPT_TIMEOUT,
	OPT_BASELINE,
	OPT_WRITE_BASELINE,
	OPT_SPATCH,
	OPT_QUIET,
	OPT_VERBOSE,
	OPT_TERSE,
	OPT_STATS,
	OPT_STRICT,
	OPT_NO_CACHE,
	OPT_NO_REDUCE,
	OPT_WAITERS,
	OPT_NO_WAITERS,
	OPT_COMPLETE,
	OPT_PATCH,
	OPT_ROOT,
	OPT_SHOW_TYPES,
	OPT_NO_SUMMARY,
	OPT_SHOWFILE,
	OPT_FIX,
	OPT_FIX_STYLE,
	OPT_EMIT_PATCHES,
	OPT_SIGNOFF,
	OPT_VERIFY_BUILD,
	OPT_FILES_FROM,
	OPT_NULL,
	OPT_HELP,
	OPT_VERSION,
};

struct opt {
	const char *name;
	char short_name;
	int has_arg;
	enum opt_id id;
};

static const struct opt opts[] = {
	{ "format", 'f', 1, OPT_FORMAT },
	{ "confidence", 0, 1, OPT_CONFIDENCE },
	{ "jobs", 'j', 1, OPT_JOBS },
	{ "timeout", 0, 1, OPT_TIMEOUT },
	{ "baseline", 0, 1, OPT_BASELINE },
	{ "write-baseline", 0, 1, OPT_WRITE_BASELINE },
	{ "spatch", 0, 1, OPT_SPATCH },
	{ "quiet", 'q', 0, OPT_QUIET },
	{ "verbose", 'v', 0, OPT_VERBOSE },
	{ "terse", 0, 0, OPT_TERSE },
	{ "stats", 0, 0, OPT_STATS },
	{ "strict", 0, 0, OPT_STRICT },
	{ "no-cache", 0, 0, OPT_NO_CACHE },
	{ "no-reduce", 0, 0, OPT_NO_REDUCE },
	{ "waiters", 0, 0, OPT_WAITERS },
	{ "no-waiters", 0, 0, OPT_NO_WAITERS },
	{ "complete", 0, 0, OPT_COMPLETE },
	{ "patch", 0, 1, OPT_PATCH },
	{ "root", 0, 1, OPT_ROOT },
	{ "show-types", 0, 0, OPT_SHOW_TYPES },
	{ "no-summary", 0, 0, OPT_NO_SUMMARY },
	{ "showfile", 0, 0, OPT_SHOWFILE },
	{ "fix", 0, 0, OPT_FIX },
	{ "in-place", 0, 0, OPT_FIX },
	{ "fix-style", 0, 1, OPT_FIX_STYLE },
	{ "emit-patches", 0, 1, OPT_EMIT_PATCHES },
	{ "signoff", 0, 0, OPT_SIGNOFF },
	{ "verify-build", 0, 0, OPT_VERIFY_BUILD },
	{ "files-from", 0, 1, OPT_FILES_FROM },
	{ "null", '0', 0, OPT_NULL },
	{ "help", 'h', 0, OPT_HELP },
	{ "version", 'V', 0, OPT_VERSION },
};

void options_usage(FILE *f)
{
	fputs("usage: wqcheck [OPTIONS] PATH...\n"
	      "       wqcheck [OPTIONS] --files-from=FILE [-0] [PATH...]\n"
	      "       wqcheck [OPTIONS] --patch=FILE [--root=DIR]\n"
	      "       wqcheck [--kbuild] [--sparse[=PROG]] CFLAGS... FILE.c"
	      "   (make C=1 CHECK=wqcheck)\n"
	      "Find lost wake-ups: a store, then waitqueue_active() with no "
	      "full barrier.\n"
	      "\n"
	      "  -f, --format=FMT        text (default), json, sarif or "
	      "checkpatch\n"
	      "      --terse             checkpatch's one-line form\n"
	      "      --confidence=LEVEL  high, medium (default) or low\n"
	      "  -j, --jobs=N            spatch processes (default: one per "
	      "CPU)\n"
	      "      --timeout=SECONDS   per-file spatch timeout (default 120)\n"
	      "      --baseline=FILE     hide the findings recorded in FILE\n"
	      "      --write-baseline=FILE  record the current findings\n"
	      "      --no-cache          neither read nor write the result "
	      "cache\n"
	      "      --no-reduce         give spatch whole files (slower; to "
	      "compare)\n"
	      "      --no-waiters        judge the waker alone, not against "
	      "the waiters of its\n"
	      "                          queue found in the PATHs (faster, "
	      "noisier)\n"
	      "      --complete          the PATHs hold every waiter: a queue "
	      "or bit nothing in\n"
	      "                          them waits on is judged so (implied "
	      "by a kernel tree's\n"
	      "                          top directory among the PATHs)\n"
	      "      --stats             print counts and times on stderr\n"
	      "      --strict            exit 2 when a test of a wait list "
	      "was not analysed\n"
	      "      --spatch=PROGRAM    the spatch to run (default: "
	      "$WQCHECK_SPATCH or spatch)\n"
	      "      --patch=FILE        check a patch (- for stdin) against "
	      "the tree, as\n"
	      "                          checkpatch.pl does; see --root\n"
	      "      --root=DIR          the tree the patch applies to "
	      "(default .)\n"
	      "      --show-types, --no-summary, --showfile  as checkpatch.pl's, "
	      "with --patch\n"
	      "      --fix, --in-place   fix the files (each replaced "
	      "atomically)\n"
	      "      --emit-patches=DIR  write one git format-patch file per "
	      "fixed function\n"
	      "      --fix-style=STYLE   barrier (default) or wq_has_sleeper\n"
	      "      --signoff           add Signed-off-by: from git config\n"
	      "      --verify-build      make each fixed file's object in the "
	      "kernel tree\n"
	      "      --files-from=FILE   scan the PATHs listed in FILE too (- for "
	      "stdin),\n"
	      "                          one a line\n"
	      "  -0, --null              the list is NUL-separated (find "
	      "-print0)\n"
	      "  -q, --quiet             no progress line, no summary\n"
	      "  -v, --verbose           show the code of the store and the "
	      "check\n"
	      "  -h, --help              this help\n"
	      "  -V, --version           print the version\n"
	      "\n"
	      "Exit status: 0 no findings, 1 findings, 2 usage or run-time "
	      "error, or a file\nwas not checked (the scan is incomplete).\n",
	      f);
}

static int parse_long(const char *s, long min, long max, long *out)
{
	char *end;
	long v;

	errno = 0;
	v = strtol(s, &end, 10);
	if (!*s || *end || errno || v < min || v > max)
		return -1;
	*out = v;
	return 0;
}

int options_format(const char *name, enum format *f)
{
	static const char *const names[] = { "text", "json", "sarif",
					     "checkpatch" };
	size_t i;

	for (i = 0; i < ARRAY_SIZE(names); i++) {
		if (!strcmp(name, names[i])) {
			*f = (enum format)i;
			return 0;
		}
	}
	return -1;
}

/* An option without a value. */
static void apply_flag(struct options *o, enum opt_id id)
{
	int *flag[] = {
		[OPT_QUIET] = &o->quiet,
		[OPT_VERBOSE] = &o->verbose,
		[OPT_TERSE] = &o->terse,
		[OPT_STATS] = &o->stats,
		[OPT_STRICT] = &o->strict,
		[OPT_NO_CACHE] = &o->no_cache,
		[OPT_NO_REDUCE] = &o->no_reduce,
		[OPT_WAITERS] = &o->waiters,
		[OPT_NO_WAITERS] = &o->no_waiters,
		[OPT_COMPLETE] = &o->complete,
		[OPT_SHOW_TYPES] = &o->show_types,
		[OPT_NO_SUMMARY] = &o->no_summary,
		[OPT_SHOWFILE] = &o->showfile,
		[OPT_FIX] = &o->fix,
		[OPT_SIGNOFF] = &o->signoff,
		[OPT_VERIFY_BUILD] = &o->verify_build,
		[OPT_NULL] = &o->null,
		[OPT_HELP] = &o->help,
		[OPT_VERSION] = &o->version,
	};

	if ((size_t)id < ARRAY_SIZE(flag) && flag[id])
		*flag[id] = 1;
}

/* An option with a value: 0, or -1 when the value is not valid. */
static int apply_value(struct options *o, enum opt_id id, const char *v)
{
	switch (id) {
	case OPT_FORMAT:
		return options_format(v, &o->format);
	case OPT_CONFIDENCE:
		o->min_confidence = confidence_from_name(v);
		return o->min_confidence ? 0 : -1;
	case OPT_JOBS:
		return parse_long(v, 1, 1024, &o->jobs);
	case OPT_TIMEOUT:
		return parse_long(v, 1, 86400, &o->timeout);
	case OPT_FIX_STYLE:
		if (!strcmp(v, "barrier"))
			o->fix_style = 0;
		else if (!strcmp(v, "wq_has_sleeper"))
			o->fix_style = 1;
		else
			return -1;
		return 0;
	case OPT_BASELINE:
		o->baseline = v;
		break;
	case OPT_WRITE_BASELINE:
		o->write_baseline = v;
		break;
	case OPT_SPATCH:
		o->spatch = v;
		break;
	case OPT_PATCH:
		o->patch = v;
		break;
	case OPT_ROOT:
		o->root = v;
		break;
	case OPT_EMIT_PATCHES:
		o->emit_patches = v;
		break;
	case OPT_FILES_FROM:
		o->files_from = v;
		break;
	default:
		break;
	}
	return 0;
}

static void bad_value(const struct opt *op, const char *v, char *err,
		      size_t errlen)
{
	switch (op->id) {
	case OPT_FORMAT:
		snprintf(err, errlen,
			 "unknown format '%s' (expected text, json, sarif or "
			 "checkpatch)",
			 v);
		break;
	case OPT_FIX_STYLE:
		snprintf(err, errlen,
			 "unknown fix style '%s' (expected barrier or "
			 "wq_has_sleeper)",
			 v);
		break;
	case OPT_CONFIDENCE:
		snprintf(err, errlen,
			 "unknown confidence '%s' (expected high, medium or "
			 "low)",
			 v);
		break;
	default:
		snprintf(err, errlen, "invalid value '%s' for --%s", v,
			 op->name);
	}
}

static int apply(struct options *o, const struct opt *op, const char *v,
		 char *err, size_t errlen)
{
	if (!op->has_arg) {
		apply_flag(o, op->id);
		return 0;
	}
	if (!apply_value(o, op->id, v))
		return 0;
	bad_value(op, v, err, errlen);
	return -1;
}

static const struct opt *find_long(const char *name, size_t n)
{
	size_t i;

	for (i = 0; i < ARRAY_SIZE(opts); i++)
		if (strlen(opts[i].name) == n && !memcmp(opts[i].name, name, n))
			return &opts[i];
	return NULL;
}

static const struct opt *find_short(char c)
{
	size_t i;

	for (i = 0; i < ARRAY_SIZE(opts); i++)
		if (opts[i].short_name == c)
			return &opts[i];
	return NULL;
}

/* "--name", "--name=value" or "--name value"; returns argv slots used. */
static int parse_long_opt(struct options *o, char **argv, int i, int argc,
			  char *err, size_t errlen)
{
	const char *arg = argv[i] + 2, *eq = strchr(arg, '=');
	const struct opt *op =
		find_long(arg, eq ? (size_t)(eq - arg) : strlen(arg));

	if (!op) {
		snprintf(err, errlen, "unknown option '%s'", argv[i]);
		return -1;
	}
	if (!op->has_arg) {
		if (eq) {
			snprintf(err, errlen, "option '--%s' takes no value",
				 op->name);
			return -1;
		}
		return apply(o, op, NULL, err, errlen) ? -1 : 1;
	}
	if (eq)
		return apply(o, op, eq + 1, err, errlen) ? -1 : 1;
	if (i + 1 >= argc) {
		snprintf(err, errlen, "option '--%s' needs a value", op->name);
		return -1;
	}
	return apply(o, op, argv[i + 1], err, errlen) ? -1 : 2;
}

/* "-qv", "-j4", "-j 4", "-fjson". */
static int parse_short_opts(struct options *o, char **argv, int i, int argc,
			    char *err, size_t errlen)
{
	const char *p;

	for (p = argv[i] + 1; *p; p++) {
		const struct opt *op = find_short(*p);

		if (!op) {
			snprintf(err, errlen, "unknown option '-%c'", *p);
			return -1;
		}
		if (!op->has_arg) {
			apply(o, op, NULL, err, errlen);
			continue;
		}
		if (p[1])
			return apply(o, op, p + 1, err, errlen) ? -1 : 1;
		if (i + 1 >= argc) {
			snprintf(err, errlen, "option '-%c' needs a value", *p);
			return -1;
		}
		return apply(o, op, argv[i + 1], err, errlen) ? -1 : 2;
	}
	return 1;
}

/* --patch reads the tree from --root, and prints checkpatch's form. */
static int check_patch_mode(struct options *o, char *err, size_t errlen)
{
	if (o->npaths) {
		snprintf(err, errlen,
			 "--patch takes no PATH ('%s'): give the tree with "
			 "--root",
			 o->paths[0]);
		return -1;
	}
	if (o->files_from) {
		snprintf(err, errlen,
			 "--patch takes no --files-from: give the tree with "
			 "--root");
		return -1;
	}
	if (o->format != FMT_TEXT || o->baseline || o->write_baseline) {
		snprintf(err, errlen,
			 "--patch prints checkpatch's form only: no --format, "
			 "--baseline or --write-baseline");
		return -1;
	}
	return 0;
}

static int check_combination(struct options *o, char *err, size_t errlen)
{
	if (o->help || o->version)
		return 0;
	if (o->null && !o->files_from) {
		snprintf(err, errlen, "-0 (--null) needs --files-from");
		return -1;
	}
	if (o->patch)
		return check_patch_mode(o, err, errlen);
	if (o->root || o->show_types || o->no_summary || o->showfile) {
		snprintf(err, errlen,
			 "--root, --show-types, --no-summary and --showfile "
			 "need --patch");
		return -1;
	}
	if ((o->fix_style || o->signoff || o->verify_build) && !o->fix &&
	    !o->emit_patches) {
		snprintf(err, errlen,
			 "--fix-style, --signoff and --verify-build need --fix "
			 "or --emit-patches");
		return -1;
	}
	if (o->terse && o->format != FMT_CHECKPATCH) {
		snprintf(err, errlen, "--terse needs --format=checkpatch");
		return -1;
	}
	if (!o->npaths && !o->files_from) {
		snprintf(err, errlen, "no PATH given");
		return -1;
	}
	return 0;
}

int options_parse(int argc, char **argv, struct options *o, char *err,
		  size_t errlen)
{
	int i = 1, only_paths = 0;

	memset(o, 0, sizeof(*o));
	o->min_confidence = CONF_MEDIUM;
	o->timeout = DEFAULT_TIMEOUT;
	o->paths = xcalloc((size_t)argc + 1, sizeof(*o->paths));
	while (i < argc) {
		const char *a = argv[i];
		int used;

		if (only_paths || a[0] != '-' || !a[1]) {
			o->paths[o->npaths++] = argv[i++];
			continue;
		}
		if (!strcmp(a, "--")) {
			only_paths = 1;
			i++;
			continue;
		}
		if (a[1] == '-')
			used = parse_long_opt(o, argv, i, argc, err, errlen);
		else
			used = parse_short_opts(o, argv, i, argc, err, errlen);
		if (used < 0)
			return -1;
		i += used;
	}
	/* Two-sided is the default; --waiters stays accepted. */
	o->waiters = !o->no_waiters;
	return check_combination(o, err, errlen);
}

void options_free(struct options *o)
{
	free(o->paths);
	o->paths = NULL;
	o->npaths = 0;
}
