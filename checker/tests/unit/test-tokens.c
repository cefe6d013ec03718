// SPDX-License-Identifier: GPL-2.0-only
/* A file's tokens in one array: lexing, spelling, joining, brackets. */
#include "tokens.h"
#include "unit.h"

static void test_tokens(void)
{
	static const char text[] = "f(a,  b[1])\n#if A\n;\n#else\nx\n#endif\n";
	struct toks tk;
	char *s;

	toks_lex(&tk, text, strlen(text), 1);
	CHECK_INT(tk.n, 10); /* f ( a , b [ 1 ] ) ; and not x, of #else */
	CHECK(toks_is(&tk, 0, "f") && toks_ident(&tk, 0));
	CHECK(!toks_is(&tk, tk.n, ";")); /* past the end is nothing */
	CHECK_INT(toks_close(&tk, 1), 8);
	/* from the first token: no token before it is looked at */
	s = toks_join(&tk, 0, 9);
	CHECK_STR(s, "f(a, b[1])");
	free(s);
	s = toks_text(&tk, 2);
	CHECK_STR(s, "a");
	free(s);
	toks_free(&tk);
}

static void test_compare(void)
{
	static const char *const words[] = { "g", "a", NULL };
	static const char a[] = "f(a, f)", b[] = "a";
	struct toks ta, tb;

	toks_lex(&ta, a, strlen(a), 1);
	toks_lex(&tb, b, strlen(b), 1);
	CHECK(toks_is_any(&ta, 2, words)); /* a */
	CHECK(!toks_is_any(&ta, 0, words)); /* f */
	CHECK(!toks_is_any(&ta, ta.n, words)); /* past the end */
	CHECK(toks_same(&ta, 0, &ta, 4)); /* f and f */
	CHECK(toks_same(&ta, 2, &tb, 0)); /* a of one text, a of another */
	CHECK(!toks_same(&ta, 0, &tb, 0));
	CHECK(!toks_same(&ta, 0, &tb, 1)); /* past @b's end */
	toks_free(&ta);
	toks_free(&tb);
}

int main(void)
{
	RUN(test_tokens);
	RUN(test_compare);
	return unit_done();
}
