// SPDX-License-Identifier: GPL-2.0-only
/*
 * For the corpus test: read wqcheck's JSON on standard input and print
 * each finding the way spatch's report mode does (and the corpus's
 * check-output blocks expect): "file:line:col-colend: WARNING: message",
 * with Coccinelle's 0-based columns.
 */
#include <json-c/json.h>
#include <stdio.h>
#include <stdlib.h>

static const char *field(json_object *o, const char *k)
{
	json_object *v;

	return json_object_object_get_ex(o, k, &v) ? json_object_get_string(v) :
						     "";
}

static int num(json_object *o, const char *k)
{
	json_object *v;

	return json_object_object_get_ex(o, k, &v) ? json_object_get_int(v) : 0;
}

int main(void)
{
	json_object *root = json_object_from_fd(0), *findings;
	size_t i;

	if (!root || !json_object_object_get_ex(root, "findings", &findings)) {
		fprintf(stderr, "json2report: no findings in the input\n");
		return 2;
	}
	for (i = 0; i < json_object_array_length(findings); i++) {
		json_object *f = json_object_array_get_idx(findings, i);

		printf("%s:%d:%d-%d: WARNING: %s\n", field(f, "file"),
		       num(f, "line"), num(f, "column") - 1,
		       num(f, "end_column") - 1, field(f, "message"));
	}
	json_object_put(root);
	return 0;
}
