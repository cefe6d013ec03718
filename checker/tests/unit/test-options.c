// SPDX-License-Identifier: GPL-2.0-only
/*
 * Option parsing: every option in each of its spellings, and the
 * mistakes a user makes, each with its own message.
 */
#include "options.h"
#include "unit.h"

static char err[256];

/* Parse a NULL-terminated list of arguments after "wqcheck". */
static int parse_v(struct options *o, const char *const *args)
{
	char *argv[32];
	int argc = 0;

	argv[argc++] = "wqcheck";
	while (*args && argc < 31)
		argv[argc++] = (char *)*args++;
	argv[argc] = NULL;
	err[0] = '\0';
	return options_parse(argc, argv, o, err, sizeof(err));
}

#define PARSE(o, ...) parse_v(o, (const char *const[]){ __VA_ARGS__, NULL })

static void test_defaults(void)
{
	struct options o;

	CHECK_INT(PARSE(&o, "linux"), 0);
	CHECK_INT(o.format, FMT_TEXT);
	CHECK_INT(o.min_confidence, CONF_MEDIUM);
	CHECK_INT(o.jobs, 0);
	CHECK_INT(o.timeout, DEFAULT_TIMEOUT);
	CHECK_INT(o.quiet + o.verbose + o.terse + o.stats + o.no_cache, 0);
	CHECK(!o.baseline && !o.write_baseline && !o.spatch);
	CHECK_INT(o.npaths, 1);
	CHECK_STR(o.paths[0], "linux");
	options_free(&o);
}

static void test_spellings(void)
{
	struct options o;

	CHECK_INT(PARSE(&o, "--format=json", "a"), 0);
	CHECK_INT(o.format, FMT_JSON);
	options_free(&o);
	CHECK_INT(PARSE(&o, "--format", "sarif", "a"), 0);
	CHECK_INT(o.format, FMT_SARIF);
	options_free(&o);
	CHECK_INT(PARSE(&o, "-fcheckpatch", "--terse", "a"), 0);
	CHECK_INT(o.format, FMT_CHECKPATCH);
	CHECK_INT(o.terse, 1);
	options_free(&o);
	CHECK_INT(PARSE(&o, "-j", "3", "a", "--jobs=5"), 0);
	CHECK_INT(o.jobs, 5);
	options_free(&o);
	CHECK_INT(PARSE(&o, "-j7", "a"), 0);
	CHECK_INT(o.jobs, 7);
	options_free(&o);
	CHECK_INT(PARSE(&o, "-qv", "a", "--stats", "--no-cache"), 0);
	CHECK_INT(o.quiet && o.verbose && o.stats && o.no_cache, 1);
	options_free(&o);
	CHECK_INT(PARSE(&o, "--confidence=high", "--timeout", "9", "a"), 0);
	CHECK_INT(o.min_confidence, CONF_HIGH);
	CHECK_INT(o.timeout, 9);
	options_free(&o);
	CHECK_INT(PARSE(&o, "--baseline", "b.txt", "--write-baseline=c.txt",
			"--spatch=/opt/spatch", "a"),
		  0);
	CHECK_STR(o.baseline, "b.txt");
	CHECK_STR(o.write_baseline, "c.txt");
	CHECK_STR(o.spatch, "/opt/spatch");
	options_free(&o);
}

static void test_paths(void)
{
	struct options o;

	CHECK_INT(PARSE(&o, "a", "-q", "b c", "--", "-d", "--stats"), 0);
	CHECK_INT(o.npaths, 4);
	CHECK_STR(o.paths[1], "b c");
	CHECK_STR(o.paths[2], "-d");
	CHECK_STR(o.paths[3], "--stats");
	CHECK_INT(o.stats, 0);
	options_free(&o);
	CHECK_INT(PARSE(&o, "-"), 0); /* "-" is a name, as for cat */
	CHECK_STR(o.paths[0], "-");
	options_free(&o);
}

static void test_errors(void)
{
	struct options o;

	CHECK_INT(PARSE(&o, "--bogus", "a"), -1);
	CHECK_STR(err, "unknown option '--bogus'");
	options_free(&o);
	CHECK_INT(PARSE(&o, "-x", "a"), -1);
	CHECK_STR(err, "unknown option '-x'");
	options_free(&o);
	CHECK_INT(PARSE(&o, "--format=xml", "a"), -1);
	CHECK_STR(err, "unknown format 'xml' (expected text, json, sarif or "
		       "checkpatch)");
	options_free(&o);
	CHECK_INT(PARSE(&o, "--confidence=sure", "a"), -1);
	CHECK_STR(err, "unknown confidence 'sure' (expected high, medium or "
		       "low)");
	options_free(&o);
	CHECK_INT(PARSE(&o, "--jobs=0", "a"), -1);
	CHECK_STR(err, "invalid value '0' for --jobs");
	options_free(&o);
	CHECK_INT(PARSE(&o, "-j", "two", "a"), -1);
	options_free(&o);
	CHECK_INT(PARSE(&o, "--timeout=-1", "a"), -1);
	options_free(&o);
	CHECK_INT(PARSE(&o, "a", "--baseline"), -1);
	CHECK_STR(err, "option '--baseline' needs a value");
	options_free(&o);
	CHECK_INT(PARSE(&o, "a", "-j"), -1);
	CHECK_STR(err, "option '-j' needs a value");
	options_free(&o);
	CHECK_INT(PARSE(&o, "--stats=yes", "a"), -1);
	CHECK_STR(err, "option '--stats' takes no value");
	options_free(&o);
	CHECK_INT(PARSE(&o, "--terse", "a"), -1);
	CHECK_STR(err, "--terse needs --format=checkpatch");
	options_free(&o);
	CHECK_INT(PARSE(&o, "-q"), -1);
	CHECK_STR(err, "no PATH given");
	options_free(&o);
}

/* --files-from: PATHs may come from it alone; -0 only goes with it. */
static void test_files_from(void)
{
	struct options o;

	CHECK_INT(PARSE(&o, "--files-from", "list"), 0);
	CHECK_STR(o.files_from, "list");
	CHECK_INT(o.null, 0);
	CHECK_INT(o.npaths, 0);
	options_free(&o);
	CHECK_INT(PARSE(&o, "-0", "--files-from=-", "linux/fs"), 0);
	CHECK_STR(o.files_from, "-");
	CHECK_INT(o.null, 1);
	CHECK_INT(o.npaths, 1);
	options_free(&o);
	CHECK_INT(PARSE(&o, "--null", "-q", "--files-from", "l"), 0);
	CHECK_INT(o.null + o.quiet, 2);
	options_free(&o);
	CHECK_INT(PARSE(&o, "-0", "linux"), -1);
	CHECK_STR(err, "-0 (--null) needs --files-from");
	options_free(&o);
	CHECK_INT(PARSE(&o, "--files-from"), -1);
	CHECK_STR(err, "option '--files-from' needs a value");
	options_free(&o);
	CHECK_INT(PARSE(&o, "--patch=p", "--files-from=l"), -1);
	CHECK_STR(err, "--patch takes no --files-from: give the tree with "
		       "--root");
	options_free(&o);
}

static void test_help_version(void)
{
	struct options o;

	CHECK_INT(PARSE(&o, "--help"), 0);
	CHECK_INT(o.help, 1);
	options_free(&o);
	CHECK_INT(PARSE(&o, "-V"), 0);
	CHECK_INT(o.version, 1);
	options_free(&o);
}

int main(void)
{
	RUN(test_defaults);
	RUN(test_spellings);
	RUN(test_paths);
	RUN(test_errors);
	RUN(test_files_from);
	RUN(test_help_version);
	return unit_done();
}
