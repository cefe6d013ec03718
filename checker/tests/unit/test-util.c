// SPDX-License-Identifier: GPL-2.0-only
/*
 * The shared helpers: reading a file sets its outputs on every path, so
 * that an error path may free the buffer without asking (a read that
 * failed once left them unset, and fix_stage.c tested them); the
 * identifier characters; mkdir_p.
 */
#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "unit.h"
#include "util.h"

static void test_read_file_ok(void)
{
	char *buf = (char *)"stale";
	size_t len = 99;
	FILE *f = fopen("read.txt", "w");

	CHECK(f != NULL);
	fputs("one\ntwo\n", f);
	fclose(f);
	CHECK_INT(read_file("read.txt", &buf, &len), 0);
	CHECK_INT(len, 8);
	CHECK_STR(buf, "one\ntwo\n");
	free(buf);
	/* An empty file is a buffer holding "", not NULL. */
	f = fopen("empty.txt", "w");
	fclose(f);
	CHECK_INT(read_file("empty.txt", &buf, &len), 0);
	CHECK_INT(len, 0);
	CHECK_STR(buf, "");
	free(buf);
	unlink("read.txt");
	unlink("empty.txt");
}

/* Each failure: -1, errno, and NULL and 0 in place of what was there. */
static void test_read_file_fails(void)
{
	char *buf = (char *)"stale";
	size_t len = 99;

	errno = 0;
	CHECK_INT(read_file("no-such-file", &buf, &len), -1);
	CHECK_INT(errno, ENOENT);
	CHECK(buf == NULL);
	CHECK_INT(len, 0);
	free(buf);

	buf = (char *)"stale";
	len = 99;
	CHECK_INT(mkdir("a-dir", 0700), 0);
	CHECK_INT(read_file("a-dir", &buf, &len), -1);
	CHECK_INT(errno, EISDIR);
	CHECK(buf == NULL);
	CHECK_INT(len, 0);
	rmdir("a-dir");

	buf = (char *)"stale";
	len = 99;
	CHECK_INT(read_fd(-1, &buf, &len), -1);
	CHECK_INT(errno, EBADF);
	CHECK(buf == NULL);
	CHECK_INT(len, 0);
}

static void test_ident_chars(void)
{
	CHECK(is_ident_char('a') && is_ident_char('Z') && is_ident_char('_'));
	CHECK(is_ident_char('0') && is_ident_char('9'));
	CHECK(!is_ident_char('-') && !is_ident_char(' ') && !is_ident_char(0));
	/* A byte above 127, as a plain char may hold it, is no letter. */
	CHECK(!is_ident_char((char)0xe9) && !is_ident_char(0xe9));
	CHECK(is_ident_start('_') && is_ident_start('q'));
	CHECK(!is_ident_start('7'));
}

static void test_mkdir_p(void)
{
	struct stat st;

	CHECK_INT(mkdir_p("deep/er/est"), 0);
	CHECK(!stat("deep/er/est", &st) && S_ISDIR(st.st_mode));
	CHECK_INT(mkdir_p("deep/er/est"), 0); /* there already */
	CHECK_INT(mkdir_p("deep/er/"), 0);
	CHECK_INT(close(open("deep/file", O_CREAT | O_WRONLY, 0600)), 0);
	CHECK_INT(mkdir_p("deep/file/below"), -1);
	CHECK_INT(errno, ENOTDIR);
	unlink("deep/file");
	rmdir("deep/er/est");
	rmdir("deep/er");
	rmdir("deep");
}

int main(void)
{
	RUN(test_read_file_ok);
	RUN(test_read_file_fails);
	RUN(test_ident_chars);
	RUN(test_mkdir_p);
	return unit_done();
}
