// SPDX-License-Identifier: GPL-2.0-only
/* Functions whose header is a macro of their name, as spatch gets them. */
#include "macro_header.h"
#include "prefilter.h"
#include "reduce.h"
#include "unit.h"
#include "util.h"

static const char in[] =
	"static WORK_CALLBACK(io_done)\n" /* checks: rewritten */
	"{\n"
	"\twake_up_bit(&io.flags, 0);\n"
	"}\n"
	"static CB(io_x)\n" /* too short for "void io_x(void)" */
	"{\n"
	"\twake_up_bit(&io.flags, 0);\n"
	"}\n"
	"FIXTURE_SETUP(plain_one)\n" /* mentions nothing: left alone */
	"{\n"
	"\tx = 1;\n"
	"}\n";

static const char out[] =
	"static void io_done(void)    \n"
	"{\n"
	"\twake_up_bit(&io.flags, 0);\n"
	"}\n"
	"static CB(io_x)\n"
	"{\n"
	"\twake_up_bit(&io.flags, 0);\n"
	"}\n"
	"                        \n" /* blanked whole */
	" \n"
	"       \n"
	" \n";

static void test_rewrite(void)
{
	struct reduced r;

	reduce_text(in, strlen(in), prefilter_default(), &r);
	macro_header_rewrite(&r);
	CHECK_INT(r.len, strlen(in));
	CHECK_STR(r.text, out);
	CHECK_STR(r.funcs[0].name, "io_done");
	CHECK_STR(r.funcs[1].name, "CB");
	reduced_free(&r);
}

int main(void)
{
	RUN(test_rewrite);
	return unit_done();
}
