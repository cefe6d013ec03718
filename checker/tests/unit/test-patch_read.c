// SPDX-License-Identifier: GPL-2.0-only
/*
 * The patch reader: mails and plain diffs, several files, new, deleted
 * and renamed files, paths that leave the tree, broken hunks, and
 * applying hunks where their header says and a few lines away.
 */
#include <stdlib.h>
#include <string.h>

#include "patch_read.h"
#include "unit.h"

static char err[256];

static int parse(const char *text, struct patch *p)
{
	err[0] = '\0';
	return patch_parse(text, strlen(text), p, err, sizeof(err));
}

static const char mail[] =
	"From 0123456789abcdef0123456789abcdef01234567 Mon Sep 17 00:00:00 2001\n"
	"From: A Developer <dev@example.org>\n"
	"Date: Wed, 26 Nov 2025 08:00:00 +0000\n"
	"Subject: [PATCH] fs/aio: tidy aio_complete()\n"
	"\n"
	"--- is not a header when no +++ follows\n"
	"\n"
	"Signed-off-by: A Developer <dev@example.org>\n"
	"---\n"
	" fs/aio.c   | 3 +--\n"
	" fs/pipe.c  | 1 +\n"
	" 2 files changed, 2 insertions(+), 2 deletions(-)\n"
	"\n"
	"diff --git a/fs/aio.c b/fs/aio.c\n" /* 14 */
	"index 1111111..2222222 100644\n"
	"--- a/fs/aio.c\n"
	"+++ b/fs/aio.c\n"
	"@@ -10,5 +10,4 @@ static void aio_complete(struct kiocb *iocb)\n" /* 18 */
	" \tctx->tail = tail;\n"
	"-\t/* order the tail store before the check */\n"
	"-\tsmp_mb();\n"
	"+\tbarrier();\n"
	" \tif (waitqueue_active(&ctx->wait))\n"
	" \t\twake_up(&ctx->wait);\n"
	"diff --git a/fs/pipe.c b/fs/pipe.c\n" /* 25 */
	"--- a/fs/pipe.c\n"
	"+++ b/fs/pipe.c\n"
	"@@ -3,2 +3,3 @@\n"
	" a\n"
	"+b\n"
	" c\n"
	"-- \n"
	"2.39.5\n";

static void test_mail(void)
{
	struct patch p;
	const struct patch_hunk *h;

	CHECK_INT(parse(mail, &p), 0);
	CHECK_INT(p.nfiles, 2);
	CHECK_STR(p.subject, "[PATCH] fs/aio: tidy aio_complete()");
	CHECK_STR(p.files[0].old_path, "fs/aio.c");
	CHECK_STR(p.files[0].new_path, "fs/aio.c");
	CHECK_INT(p.files[0].is_new + p.files[0].is_rename, 0);
	CHECK_INT(p.files[0].nhunks, 1);
	h = &p.files[0].hunks[0];
	CHECK_INT(h->patch_line, 18);
	CHECK_INT(h->old_start, 10);
	CHECK_INT(h->new_count, 4);
	CHECK_INT(h->nlines, 6);
	CHECK_INT(h->lines[1].kind, '-');
	CHECK_INT(h->lines[1].patch_line, 20);
	CHECK_STR(h->lines[2].text, "\tsmp_mb();");
	CHECK_INT(h->lines[3].kind, '+');
	CHECK(!strncmp(h->lines[3].raw, "+\tbarrier();\n", 13));
	CHECK_INT(h->lines[3].rawlen, 12);
	CHECK_STR(p.files[1].new_path, "fs/pipe.c");
	CHECK_INT(p.files[1].hunks[0].nlines, 3);
	/* checkpatch.pl counted 4 + 2 and 3 on this one */
	CHECK_INT(p.lines_checked, 9);
	patch_free(&p);
}

static const char plain[] =
	"diff -ruN linux.orig/drivers/x.c linux/drivers/x.c\n"
	"--- linux.orig/drivers/x.c\t2025-11-26 08:00:00.000000000 +0000\n"
	"+++ linux/drivers/x.c\t2025-11-26 08:01:00.000000000 +0000\n"
	"@@ -1 +1,2 @@\n"
	" int x;\n"
	"+int y;\n"
	"--- /dev/null\n"
	"+++ b/drivers/new.c\n"
	"@@ -0,0 +1,2 @@\n"
	"+int z;\n"
	"+\n"
	"--- a/drivers/old.c\n"
	"+++ /dev/null\n"
	"@@ -1 +0,0 @@\n"
	"-int gone;\n";

static void test_plain_new_deleted(void)
{
	struct patch p;

	CHECK_INT(parse(plain, &p), 0);
	CHECK_INT(p.nfiles, 3);
	CHECK_STR(p.files[0].old_path, "drivers/x.c");
	CHECK_STR(p.files[0].new_path, "drivers/x.c");
	CHECK_INT(p.files[0].hunks[0].old_count, 1);
	CHECK(!p.files[1].old_path);
	CHECK_INT(p.files[1].is_new, 1);
	CHECK_STR(p.files[1].new_path, "drivers/new.c");
	CHECK_INT(p.files[2].is_deleted, 1);
	CHECK(!p.files[2].new_path);
	CHECK_STR(p.files[2].old_path, "drivers/old.c");
	CHECK(!p.subject);
	patch_free(&p);
}

static const char renames[] = "diff --git a/lib/old name.c b/lib/new name.c\n"
			      "similarity index 90%\n"
			      "rename from lib/old name.c\n"
			      "rename to lib/new name.c\n"
			      "index 1111111..2222222 100644\n"
			      "--- a/lib/old name.c\t\n"
			      "+++ b/lib/new name.c\t\n"
			      "@@ -1,3 +1,3 @@\n"
			      " a\n"
			      "-b\n"
			      "+B\n"
			      "\n" /* a blank context line a mailer stripped */
			      "diff --git a/lib/moved.c b/sub/moved.c\n"
			      "similarity index 100%\n"
			      "rename from lib/moved.c\n"
			      "rename to sub/moved.c\n"
			      "diff --git a/x.c b/x.c\n"
			      "new file mode 100644\n"
			      "index 0000000..e69de29\n"
			      "diff --git \"a/q\\tz.c\" \"b/q\\tz.c\"\n"
			      "--- \"a/q\\tz.c\"\n"
			      "+++ \"b/q\\tz.c\"\n"
			      "@@ -1 +1 @@\n"
			      "-x\n"
			      "+y\n"
			      "\\ No newline at end of file\n";

static void test_renames(void)
{
	struct patch p;

	CHECK_INT(parse(renames, &p), 0);
	CHECK_INT(p.nfiles, 4);
	CHECK_INT(p.files[0].is_rename, 1);
	CHECK_STR(p.files[0].old_path, "lib/old name.c");
	CHECK_STR(p.files[0].new_path, "lib/new name.c");
	CHECK_INT(p.files[0].hunks[0].nlines, 4);
	CHECK_INT(p.files[0].hunks[0].lines[3].kind, ' ');
	CHECK_STR(p.files[0].hunks[0].lines[3].text, "");
	CHECK_INT(p.files[1].is_rename, 1);
	CHECK_INT(p.files[1].nhunks, 0);
	CHECK_STR(p.files[1].old_path, "lib/moved.c");
	CHECK_STR(p.files[1].new_path, "sub/moved.c");
	CHECK_INT(p.files[2].is_new, 1);
	CHECK_STR(p.files[2].new_path, "x.c");
	CHECK_STR(p.files[3].new_path, "q\tz.c");
	CHECK_INT(p.files[3].hunks[0].no_newline_new, 1);
	patch_free(&p);
}

static void test_refused(void)
{
	struct patch p;

	CHECK_INT(parse("--- a/../etc/passwd\n+++ b/../etc/passwd\n"
			"@@ -1 +1 @@\n-a\n+b\n",
			&p),
		  -1);
	CHECK(strstr(err, "../etc/passwd: the path leaves the tree"));
	CHECK_INT(parse("--- /etc/passwd\n+++ /etc/passwd\n@@ -1 +1 @@\n"
			"-a\n+b\n",
			&p),
		  -1);
	CHECK(strstr(err, "/etc/passwd: an absolute path"));
	CHECK_INT(parse("diff --git a/x b/y\nrename from x\n"
			"rename to fs/../../y\n",
			&p),
		  -1);
	CHECK(strstr(err, "fs/../../y: the path leaves the tree"));
	CHECK_INT(parse("--- a/x.c\n+++ b/x.c\n@@ -1,3 +1,3 @@\n a\n-b\n", &p),
		  -1);
	CHECK(strstr(err, "shorter than its @@ line says"));
	CHECK_INT(parse("--- a/x.c\n+++ b/x.c\n@@ -1,x +1 @@\n a\n", &p), -1);
	CHECK(strstr(err, "broken hunk header at line 3"));
	CHECK_INT(parse("Subject: nothing\n\njust words\n", &p), -1);
	CHECK(strstr(err, "no diff found"));
	CHECK(patch_path_ok("fs/aio.c"));
	CHECK(patch_path_ok("fs/..x/a..c"));
	CHECK(!patch_path_ok("fs/.."));
	CHECK(!patch_path_ok(""));
}

static const char old_text[] = "one\n"
			       "two\n"
			       "three\n"
			       "four\n"
			       "five\n"
			       "six\n"
			       "seven\n";

static void test_apply(void)
{
	/* the header says line 2; the context is at line 4 */
	static const char diff[] = "--- a/f.c\n+++ b/f.c\n"
				   "@@ -2,3 +2,3 @@\n"
				   " four\n"
				   "-five\n"
				   "+FIVE\n"
				   "+five and a half\n"
				   "-six\n"
				   "@@ -7 +7,2 @@\n"
				   " seven\n"
				   "+eight\n";
	struct patch p;
	struct patch_hunk *h;
	char *out;
	size_t len;

	CHECK_INT(parse(diff, &p), 0);
	CHECK_INT(patch_apply(&p.files[0], old_text, strlen(old_text), &out,
			      &len, err, sizeof(err)),
		  0);
	CHECK_STR(out, "one\ntwo\nthree\nfour\nFIVE\nfive and a half\n"
		       "seven\neight\n");
	CHECK_INT(len, strlen(out));
	h = &p.files[0].hunks[0];
	CHECK_INT(h->lines[0].new_line, 4); /* four */
	CHECK_INT(h->lines[1].new_line, 4); /* -five: after line 4 */
	CHECK_INT(h->lines[2].new_line, 5); /* +FIVE */
	CHECK_INT(h->lines[4].new_line, 6); /* -six: after line 6 */
	CHECK_INT(p.files[0].hunks[1].lines[1].new_line, 8);
	free(out);
	patch_free(&p);
}

static void test_apply_fails_and_new(void)
{
	static const char bad[] = "--- a/f.c\n+++ b/f.c\n@@ -2 +2 @@\n"
				  "-deux\n+zwei\n";
	static const char fresh[] = "--- /dev/null\n+++ b/g.c\n"
				    "@@ -0,0 +1,2 @@\n+int a;\n+int b;\n";
	struct patch p;
	char *out = NULL;
	size_t len;

	CHECK_INT(parse(bad, &p), 0);
	CHECK_INT(patch_apply(&p.files[0], old_text, strlen(old_text), &out,
			      &len, err, sizeof(err)),
		  -1);
	CHECK(strstr(err, "f.c: hunk 1 (line 3 of the patch) does not apply"));
	patch_free(&p);
	CHECK_INT(parse(fresh, &p), 0);
	CHECK_INT(patch_apply(&p.files[0], NULL, 0, &out, &len, err,
			      sizeof(err)),
		  0);
	CHECK_STR(out, "int a;\nint b;\n");
	CHECK_INT(p.files[0].hunks[0].lines[1].new_line, 2);
	free(out);
	patch_free(&p);
}

/* The tree has the patch already: the lines are found on its new side. */
static void test_already_applied(void)
{
	static const char diff[] = "--- a/f.c\n+++ b/f.c\n"
				   "@@ -3,5 +3,4 @@\n"
				   " three\n"
				   "-3.5\n"
				   " four\n"
				   "+4.5\n"
				   "-gone\n"
				   " five\n";
	struct patch p;
	struct patch_hunk *h;
	char *out;
	size_t len;

	CHECK_INT(parse(diff, &p), 0);
	CHECK_INT(patch_apply(&p.files[0], old_text, strlen(old_text), &out,
			      &len, err, sizeof(err)),
		  -1);
	patch_free(&p);
	CHECK_INT(parse(diff, &p), 0);
	/* one, two, three, four, 4.5, five, six, seven */
	CHECK_INT(patch_apply(&p.files[0],
			      "one\ntwo\nthree\nfour\n4.5\nfive\nsix\n"
			      "seven\n",
			      38, &out, &len, err, sizeof(err)),
		  0);
	CHECK_INT(len, 38);
	CHECK(!strncmp(out, "one\ntwo\nthree\nfour\n4.5\n", 23));
	h = &p.files[0].hunks[0];
	CHECK_INT(h->lines[0].new_line, 3); /* three */
	CHECK_INT(h->lines[1].new_line, 3); /* -3.5: after line 3 */
	CHECK_INT(h->lines[3].new_line, 5); /* +4.5 */
	CHECK_INT(h->lines[4].new_line, 5); /* -gone */
	CHECK_INT(h->lines[5].new_line, 6); /* five */
	free(out);
	patch_free(&p);
}

int main(void)
{
	RUN(test_mail);
	RUN(test_plain_new_deleted);
	RUN(test_renames);
	RUN(test_refused);
	RUN(test_apply);
	RUN(test_apply_fails_and_new);
	RUN(test_already_applied);
	return unit_done();
}
