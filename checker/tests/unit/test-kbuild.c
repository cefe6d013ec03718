// SPDX-License-Identifier: GPL-2.0-only
/*
 * kbuild's CHECK= call: what is recognised as one and what is not, and
 * what is taken from it.
 */
#include "kbuild.h"
#include "options.h"
#include "unit.h"
#include "util.h"

static char err[256];

static int argc_of(char **v)
{
	int n = 0;

	while (v[n])
		n++;
	return n;
}

#define ARGV(...) ((char *[]){ "wqcheck", __VA_ARGS__, NULL })

/* What kbuild passes for fs/aio.o on x86_64, shortened. */
static char *aio_call[] = { "wqcheck",
			    "-D__linux__",
			    "-Dlinux",
			    "-D__STDC__",
			    "-Wbitwise",
			    "-Wno-return-void",
			    "-D__x86_64__",
			    "--arch=x86",
			    "-mlittle-endian",
			    "-m64",
			    "-Wp,-MMD,fs/.aio.o.d",
			    "-nostdinc",
			    "-I/src/arch/x86/include",
			    "-I./arch/x86/include/generated",
			    "-include",
			    "/src/include/linux/kconfig.h",
			    "-D__KERNEL__",
			    "-fno-strict-aliasing",
			    "-O2",
			    "--param=x=1",
			    "-isystem",
			    "/usr/lib/gcc/include",
			    "-I",
			    "/src/fs",
			    "-DKBUILD_MODNAME='\"aio\"'",
			    "-c",
			    "-o",
			    "fs/aio.o",
			    "/src/fs/aio.c",
			    NULL };

static void test_detect(void)
{
	char **v = aio_call;

	CHECK(kbuild_detect(argc_of(v), v));
	v = ARGV("--kbuild", "fs/aio.c");
	CHECK(kbuild_detect(argc_of(v), v));
	v = ARGV("-D__linux__", "fs/aio.c");
	CHECK(kbuild_detect(argc_of(v), v));
	/* ordinary command lines */
	v = ARGV("fs/aio.c");
	CHECK(!kbuild_detect(argc_of(v), v));
	v = ARGV("-q", "fs/aio.c");
	CHECK(!kbuild_detect(argc_of(v), v));
	v = ARGV("-D__linux__", "fs/aio.c", "fs/pipe.c");
	CHECK(!kbuild_detect(argc_of(v), v));
	v = ARGV("-Dx", "fs/aio.h");
	CHECK(!kbuild_detect(argc_of(v), v));
	v = ARGV("-Dx", "-o");
	CHECK(!kbuild_detect(argc_of(v), v));
	/* a value that looks like a file is still a value */
	v = ARGV("-Dx", "-include", "a.c", "-o");
	CHECK(!kbuild_detect(argc_of(v), v));
	/* a compiler's -f flag, not wqcheck's -f FORMAT */
	v = ARGV("-fno-strict-aliasing", "fs/aio.c");
	CHECK(kbuild_detect(argc_of(v), v));
}

/*
 * main() asks kbuild_detect() before it parses: a command line of
 * wqcheck's own must never read as kbuild's, -fjson included.
 */
static void test_detect_first(void)
{
	char **lines[] = {
		ARGV("-fjson", "fs/aio.c"),
		ARGV("-fsarif", "-q", "fs/aio.c"),
		ARGV("-fcheckpatch", "--terse", "fs/aio.c"),
		ARGV("-ftext", "-j2", "-v", "fs/aio.c"),
		ARGV("-qfjson", "fs/aio.c"),
		ARGV("-j", "2", "fs/aio.c"),
		ARGV("--confidence=low", "fs/aio.c"),
		ARGV("--", "-Dodd.c"),
	};
	struct options o;
	size_t i;

	for (i = 0; i < ARRAY_SIZE(lines); i++) {
		int argc = argc_of(lines[i]);

		CHECK_INT(options_parse(argc, lines[i], &o, err, sizeof(err)),
			  0);
		options_free(&o);
		if (kbuild_detect(argc, lines[i]))
			fprintf(stderr, "  read as kbuild's: %s %s\n",
				lines[i][1], lines[i][2]);
		CHECK(!kbuild_detect(argc, lines[i]));
	}
}

static void test_parse(void)
{
	char **v = aio_call;
	struct options o;
	struct kbuild k;

	CHECK_INT(kbuild_parse(argc_of(v), v, &o, &k, err, sizeof(err)), 0);
	CHECK_STR(k.file, "/src/fs/aio.c");
	CHECK_INT(o.npaths, 1);
	CHECK_STR(o.paths[0], "/src/fs/aio.c");
	CHECK_INT(o.kbuild, 1);
	CHECK_INT(o.quiet, 1);
	CHECK_INT(o.jobs, 1);
	CHECK_INT(o.min_confidence, CONF_MEDIUM);
	CHECK_INT(o.waiters, 1);
	CHECK(!k.sparse);
	CHECK_INT(k.nincdirs, 4);
	CHECK_STR(k.incdirs[3], "/src/fs");
	CHECK_INT(k.nincludes, 1);
	CHECK_STR(k.includes[0], "/src/include/linux/kconfig.h");
	CHECK_INT(k.ndefines, 6);
	CHECK_STR(k.defines[5], "KBUILD_MODNAME='\"aio\"'");
	kbuild_free(&k);
	options_free(&o);
}

static void test_own_options(void)
{
	char **v = ARGV("--sparse", "--confidence=high", "--no-cache",
			"--spatch=/opt/spatch", "--timeout=9", "-Dx", "a.c");
	struct options o;
	struct kbuild k;

	CHECK_INT(kbuild_parse(argc_of(v), v, &o, &k, err, sizeof(err)), 0);
	CHECK_STR(k.sparse, "sparse");
	CHECK_INT(o.min_confidence, CONF_HIGH);
	CHECK_INT(o.no_cache, 1);
	CHECK_STR(o.spatch, "/opt/spatch");
	CHECK_INT(o.timeout, 9);
	kbuild_free(&k);
	options_free(&o);
	v = ARGV("--sparse=/opt/sparse", "-Dx", "a.c");
	CHECK_INT(kbuild_parse(argc_of(v), v, &o, &k, err, sizeof(err)), 0);
	CHECK_STR(k.sparse, "/opt/sparse");
	kbuild_free(&k);
	options_free(&o);
	v = ARGV("--no-waiters", "-Dx", "a.c");
	CHECK_INT(kbuild_parse(argc_of(v), v, &o, &k, err, sizeof(err)), 0);
	CHECK_INT(o.waiters, 0);
	kbuild_free(&k);
	options_free(&o);
	v = ARGV("--confidence=some", "-Dx", "a.c");
	CHECK_INT(kbuild_parse(argc_of(v), v, &o, &k, err, sizeof(err)), -1);
	CHECK_STR(err, "unknown confidence 'some' (expected high, medium or "
		       "low)");
	kbuild_free(&k);
	options_free(&o);
	v = ARGV("--timeout=0", "-Dx", "a.c");
	CHECK_INT(kbuild_parse(argc_of(v), v, &o, &k, err, sizeof(err)), -1);
	kbuild_free(&k);
	options_free(&o);
	v = ARGV("--kbuild", "-Dx", "-include");
	CHECK_INT(kbuild_parse(argc_of(v), v, &o, &k, err, sizeof(err)), -1);
	CHECK_STR(err, "--kbuild: no source file at the end");
	kbuild_free(&k);
	options_free(&o);
}

int main(void)
{
	RUN(test_detect);
	RUN(test_detect_first);
	RUN(test_parse);
	RUN(test_own_options);
	return unit_done();
}
