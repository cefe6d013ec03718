// SPDX-License-Identifier: GPL-2.0-only
/*
 * The second pass's copy of a rule file: the helpers' names in place of
 * the tests the rules start from.
 */
#include <fcntl.h>
#include <unistd.h>

#include "callers.h"
#include "unit.h"
#include "util.h"

static char *dir;

static char *put(const char *name, const char *text)
{
	char *p = path_join(dir, name);
	int fd = open(p, O_WRONLY | O_CREAT | O_TRUNC, 0600);

	CHECK_INT(write(fd, text, strlen(text)), (long)strlen(text));
	close(fd);
	return p;
}

static char *slurp(const char *path)
{
	char *buf = NULL;
	size_t len;

	CHECK_INT(read_file(path, &buf, &len), 0);
	return buf;
}

static void test_names_replaced(void)
{
	char *names[] = { "tags_wake", "ep_wake" };
	char *rule = put("r.cocci", "@check@\n"
				    "expression E0;\n"
				    "// wqcheck: check names\n"
				    "identifier chk =~ \"^(waitqueue_active)$\";\n"
				    "position pc;\n@@\n\nchk@pc(E0)\n");
	char *out = NULL, *text;

	CHECK_INT(callers_rule_copy(rule, dir, 3, names, 2, &out), 0);
	CHECK(out && strstr(out, "/callers-3.cocci"));
	text = out ? slurp(out) : NULL;
	CHECK_STR(text, "@check@\n"
			"expression E0;\n"
			"// wqcheck: check names\n"
			"identifier chk =~ \"^(tags_wake|ep_wake)$\";\n"
			"position pc;\n@@\n\nchk@pc(E0)\n");
	free(text);
	free(out);
	free(rule);
}

/* A rule file without the line does not follow helpers: no copy. */
static void test_no_mark(void)
{
	char *names[] = { "tags_wake" };
	char *rule = put("plain.cocci", "@r@\nidentifier chk =~ \"^x$\";\n"
					"@@\nchk(...)\n");
	char *out = (char *)"unset";

	CHECK_INT(callers_rule_copy(rule, dir, 0, names, 1, &out), 0);
	CHECK(out == NULL);
	free(rule);
}

/* The mark must be followed by the line with the expression. */
static void test_mark_without_regex(void)
{
	char *names[] = { "tags_wake" };
	char *rule = put("bad.cocci", "// wqcheck: check names\n"
				      "identifier chk;\n@@\nchk(...)\n");
	char *out = (char *)"unset";

	CHECK_INT(callers_rule_copy(rule, dir, 1, names, 1, &out), 0);
	CHECK(out == NULL);
	free(rule);
}

int main(void)
{
	dir = make_temp_dir("wqcheck-test-callers");
	if (!dir)
		return 1;
	RUN(test_names_replaced);
	RUN(test_no_mark);
	RUN(test_mark_without_regex);
	remove_tree(dir);
	free(dir);
	return unit_done();
}
