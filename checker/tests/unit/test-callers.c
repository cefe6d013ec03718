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

/*
 * No copy of a rule file without the line (it does not follow helpers),
 * nor of one whose marker is not followed by the expression.
 */
static void test_no_copy(void)
{
	static const char *const rules[] = {
		"@r@\nidentifier chk =~ \"^x$\";\n@@\nchk(...)\n",
		"// wqcheck: check names\nidentifier chk;\n@@\nchk(...)\n",
	};
	char *names[] = { "tags_wake" };
	size_t i;

	for (i = 0; i < ARRAY_SIZE(rules); i++) {
		char *rule = put("r.cocci", rules[i]);
		char *out = (char *)"unset";

		CHECK_INT(callers_rule_copy(rule, dir, i, names, 1, &out), 0);
		CHECK(out == NULL);
		free(rule);
	}
}

int main(void)
{
	dir = make_temp_dir("wqcheck-test-callers");
	if (!dir)
		return 1;
	RUN(test_names_replaced);
	RUN(test_no_copy);
	remove_tree(dir);
	free(dir);
	return unit_done();
}
