// SPDX-License-Identifier: GPL-2.0-only
/*
 * Reduction: which bodies are blanked, and that blanking keeps every
 * line where it was and every preprocessor line as it was.
 */
#include "prefilter.h"
#include "reduce.h"
#include "unit.h"
#include "util.h"

static size_t count(const char *s, char c)
{
	size_t n = 0;

	for (; *s; s++)
		n += *s == c;
	return n;
}

/* Reduce @in and check the invariants every reduction must keep. */
static void reduce_str(const char *in, struct reduced *r)
{
	size_t i;

	reduce_text(in, strlen(in), prefilter_default(), r);
	CHECK_INT(r->len, strlen(in));
	CHECK_INT(count(r->text, '\n'), count(in, '\n'));
	for (i = 0; i < r->len; i++)
		CHECK(r->text[i] == in[i] || r->text[i] == ' ');
}

static const struct rfunc *func(const struct reduced *r, const char *name)
{
	size_t i;

	for (i = 0; i < r->nfuncs; i++)
		if (r->funcs[i].name && !strcmp(r->funcs[i].name, name))
			return &r->funcs[i];
	return NULL;
}

static const char basic[] =
	"#include <linux/wait.h>\n" /* 1 */
	"struct s { int a; };\n" /* 2 */
	"static int table[] = { 1, 2 };\n" /* 3 */
	"static void helper(struct s *p)\n" /* 4 */
	"{\n" /* 5 */
	"\tp->a = 1; /* waitqueue_active here */\n" /* 6 */
	"}\n" /* 7 */
	"static void waker(struct s *p, wait_queue_head_t *q)\n" /* 8 */
	"{\n" /* 9 */
	"\tp->a = 2;\n" /* 10 */
	"\tif (waitqueue_active(q))\n" /* 11 */
	"\t\twake_up(q);\n" /* 12 */
	"}\n" /* 13 */
	"void caller(struct s *p)\n" /* 14 */
	"{\n" /* 15 */
	"\twaker(p, NULL);\n" /* 16 */
	"}\n" /* 17 */
	"int other(void) { return table[0]; }\n"; /* 18 */

/*
 * Only the function with the check is left: declarations, types, tables
 * and the other functions, headers included, are blanked whole, every
 * newline kept.
 */
static void test_basic(void)
{
	static const char want[] =
		"                       \n" /* 1 */
		"                    \n" /* 2 */
		"                              \n" /* 3 */
		"                               \n" /* 4 */
		" \n" /* 5 */
		"                                      \n" /* 6 */
		" \n" /* 7 */
		"static void waker(struct s *p, wait_queue_head_t *q)\n" /* 8 */
		"{\n" /* 9 */
		"\tp->a = 2;\n" /* 10 */
		"\tif (waitqueue_active(q))\n" /* 11 */
		"\t\twake_up(q);\n" /* 12 */
		"}\n" /* 13 */
		"                        \n" /* 14 */
		" \n" /* 15 */
		"                \n" /* 16 */
		" \n" /* 17 */
		"                                    \n" /* 18 */;
	struct reduced r;
	const struct rfunc *f;

	reduce_str(basic, &r);
	CHECK_INT(r.nfuncs, 4);
	CHECK_INT(r.nkept, 1);
	CHECK_INT(r.nblanked, 3);
	f = func(&r, "helper");
	CHECK(f && !f->kept && !f->mentions); /* a comment is no mention */
	f = func(&r, "waker");
	CHECK(f && f->kept && f->mentions && f->checks && f->name_line == 8 &&
	      f->open_line == 9 && f->close_line == 13);
	f = func(&r, "caller");
	CHECK(f && !f->kept && !f->mentions);
	f = func(&r, "other");
	CHECK(f && !f->kept && f->open_line == 18);
	CHECK_STR(r.text, want);
	CHECK(!reduce_nothing_to_check(&r));
	reduced_free(&r);
}

/* Conditionals stay; a macro definition is blanked, continuations too. */
static void test_preprocessor_kept(void)
{
	static const char in[] = "void f(void)\n"
				 "{\n"
				 "#ifdef CONFIG_X\n"
				 "\tx();\n"
				 "#else\n"
				 "\ty();\n"
				 "#endif\n"
				 "#define LONG(a) \\\n"
				 "\tdo { a; } while (0)\n"
				 "}\n";
	static const char out[] = "            \n"
				  " \n"
				  "#ifdef CONFIG_X\n"
				  "     \n"
				  "#else\n"
				  "     \n"
				  "#endif\n"
				  "                 \n"
				  "                    \n"
				  " \n";
	struct reduced r;

	reduce_str(in, &r);
	CHECK_INT(r.nblanked, 1);
	CHECK_STR(r.text, out);
	reduced_free(&r);
}

/* Braces opened in both branches of an #ifdef count once. */
static void test_ifdef_braces(void)
{
	static const char in[] = "void f(int x)\n"
				 "{\n"
				 "#ifdef A\n"
				 "\tif (x) {\n"
				 "#else\n"
				 "\tif (!x) {\n"
				 "#endif\n"
				 "\t\tg();\n"
				 "\t}\n"
				 "}\n"
				 "void h(void)\n"
				 "{\n"
				 "\tif (swait_active(q)) swake_up_one(q);\n"
				 "}\n";
	struct reduced r;
	const struct rfunc *f;

	reduce_str(in, &r);
	CHECK_INT(r.nfuncs, 2);
	f = func(&r, "f");
	CHECK(f && !f->kept && f->close_line == 10);
	f = func(&r, "h");
	CHECK(f && f->kept && f->open_line == 12);
	reduced_free(&r);
}

/* A header split over #ifdef branches: the body is left alone. */
static void test_ifdef_straddle(void)
{
	static const char in[] = "#ifdef A\n"
				 "void f(void) {\n"
				 "#else\n"
				 "void f(int y) {\n"
				 "#endif\n"
				 "\tg();\n"
				 "}\n";
	struct reduced r;

	reduce_str(in, &r);
	CHECK_INT(r.nfuncs, 1);
	CHECK_INT(r.nblanked, 0);
	CHECK_STR(r.text, in);
	reduced_free(&r);
}

static void test_not_functions(void)
{
	static const char in[] =
		"struct ops o = { .f = g, };\n"
		"static struct s x __attribute__((aligned(8))) = { 0 };\n"
		"enum { A, B };\n"
		"DEFINE_X(name, { .y = 1 });\n"
		"int (*fp)(int) = NULL;\n"
		"struct t { int (*cb)(void); } tt;\n"
		"static const char *s = \"{ not a brace\";\n"
		"char c = '{';\n";
	struct reduced r;

	static const char out[] =
		"                           \n"
		"                                                      \n"
		"              \n"
		"                           \n"
		"                      \n"
		"                                 \n"
		"                                       \n"
		"             \n";
	static const char kept[] = "static struct ops o = {\n"
				   "#ifdef X\n"
				   "\t.wake = wake_up_var,\n"
				   "#endif\n"
				   "};\n"
				   "static int t[] = {\n"
				   "#ifdef X\n"
				   "\t1,\n"
				   "#else\n"
				   "\t2,\n"
				   "#endif\n"
				   "};\n";

	/* declarations, initialized or not, are blanked whole */
	reduce_str(in, &r);
	CHECK_INT(r.nfuncs, 0);
	CHECK_STR(r.text, out);
	CHECK(reduce_nothing_to_check(&r));
	reduced_free(&r);
	/* one that mentions an identifier is kept, directives always */
	reduce_str(kept, &r);
	CHECK(strstr(r.text, "\t.wake = wake_up_var,\n"));
	CHECK(strstr(r.text, "\n                  \n#ifdef X\n   \n#else\n"
			     "   \n#endif\n  \n"));
	CHECK(!reduce_nothing_to_check(&r));
	reduced_free(&r);
}

static void test_names(void)
{
	static const char in[] =
		"static int __init foo_init(void)\n{ return 0; }\n"
		"void bar(void) __acquires(x)\n{ }\n"
		"module_init(foo_init)\n"
		"static void __wake_up_common(int a)\n{ }\n"
		"SYSCALL_DEFINE1(close, unsigned int, fd)\n{ return 0; }\n";
	struct reduced r;

	reduce_str(in, &r);
	CHECK_INT(r.nfuncs, 4);
	if (r.nfuncs == 4) {
		CHECK_STR(r.funcs[0].name, "foo_init");
		CHECK_STR(r.funcs[1].name, "bar");
		CHECK_STR(r.funcs[2].name, "__wake_up_common");
		CHECK_INT(r.funcs[2].name_line, 6);
		CHECK_STR(r.funcs[3].name, "SYSCALL_DEFINE1");
	}
	reduced_free(&r);
}

/* Callers are not kept: the second pass (-D callees=) looks at them. */
static void test_callers_not_kept(void)
{
	static const char in[] =
		"static void a(void) { if (waitqueue_active(q)) wake_up(q); }\n"
		"static void b(void) { a(); }\n"
		"static void c(void) { b(); }\n";
	struct reduced r;

	reduce_str(in, &r);
	CHECK(func(&r, "a")->kept);
	CHECK(!func(&r, "b")->kept && !func(&r, "c")->kept);
	reduced_free(&r);
}

/*
 * When a caller takes a lock, every caller is kept: the rules tell
 * whether all of them hold it at the call.
 */
static void test_locking_caller_kept(void)
{
	static const char in[] =
		"static void a(void) { if (waitqueue_active(q)) wake_up(q); }\n"
		"static void b(void) { spin_lock_irq(&l); a(); spin_unlock_irq(&l); }\n"
		"static void c(void) { lock_it(); b(); }\n"
		"static void d(void) { clock_gettime(); a(); }\n"
		"static void e(void) { if (waitqueue_active(r)) wake_up(r); }\n"
		"static void f(void) { clock_gettime(); e(); }\n";
	struct reduced r;

	reduce_str(in, &r);
	CHECK(func(&r, "a")->kept && func(&r, "b")->kept);
	CHECK(func(&r, "d")->kept && !func(&r, "c")->kept);
	CHECK(func(&r, "e")->kept && !func(&r, "f")->kept);
	reduced_free(&r);
}

/*
 * A function that waits is kept to pair a check of the same file with
 * it; in a file with no check (add_wait_queue() is not one) it is not.
 * A function that wakes is kept where the file enqueues.
 */
static void test_waits_need_a_check(void)
{
	static const char with[] =
		"void w(void) { wait_event(q, done); }\n"
		"void k(void) { done = 1; if (waitqueue_active(&q)) wake_up(&q); }\n";
	static const char without[] =
		"void w(void) { wait_event(q, done); }\n"
		"void e(void) { add_wait_queue(&q, &wait); schedule(); }\n"
		"void s(void) { done = 1; wake_up(&q); }\n";
	struct reduced r;

	reduce_str(with, &r);
	CHECK(func(&r, "w")->kept && func(&r, "w")->waits);
	reduced_free(&r);
	reduce_str(without, &r);
	CHECK(!func(&r, "w")->kept);
	CHECK(func(&r, "e")->kept && func(&r, "e")->mentions &&
	      func(&r, "e")->enqueues && !func(&r, "e")->checks);
	/* how the enqueued queue is woken decides the waiter rule */
	CHECK(func(&r, "s")->kept && func(&r, "s")->wakes);
	reduced_free(&r);
	/* without an enqueue a wake-up alone is not kept */
	reduce_str("void s(void) { done = 1; wake_up(&q); }\n", &r);
	CHECK(!func(&r, "s")->kept && func(&r, "s")->wakes);
	reduced_free(&r);
}

/*
 * In a file with no check, an enqueue is kept only where its function
 * also sleeps (the waiter rule looks for nothing else), and the wake-ups
 * only when such a function is left.
 */
static void test_enqueue_needs_a_sleep(void)
{
	static const char poll[] =
		"void p(void) { add_wait_queue(&q, &wait); }\n"
		"void s(void) { done = 1; wake_up(&q); }\n";
	static const char sleeps[] =
		"void e(void) { add_wait_queue(&q, &wait); "
		"io_schedule_timeout(HZ); }\n"
		"void s(void) { done = 1; wake_up(&q); }\n";
	struct reduced r;

	reduce_str(poll, &r);
	CHECK(!func(&r, "p")->kept && func(&r, "p")->enqueues);
	CHECK(!func(&r, "s")->kept);
	CHECK(reduce_nothing_to_check(&r));
	reduced_free(&r);
	reduce_str(sleeps, &r);
	CHECK(func(&r, "e")->kept && func(&r, "e")->schedules);
	CHECK(func(&r, "s")->kept);
	CHECK(!reduce_nothing_to_check(&r));
	reduced_free(&r);
	/* with a check in the file, the enqueue pairs with it */
	reduce_str("void p(void) { add_wait_queue(&q, &wait); }\n"
		   "void k(void) { if (waitqueue_active(&q)) wake_up(&q); }\n",
		   &r);
	CHECK(func(&r, "p")->kept);
	reduced_free(&r);
}

/* A typedef stays; a declaration straddling an #ifdef is not cut. */
static void test_declarations(void)
{
	static const char in[] =
		"typedef struct { int a; } foo_t;\n"
		"static int x;\n"
		"static int y =\n"
		"#ifdef A\n"
		"\t1;\n"
		"#else\n"
		"\t2;\n"
		"#endif\n"
		"EXPORT_SYMBOL(x);\n";
	static const char want[] =
		"typedef struct { int a; } foo_t;\n"
		"             \n"
		"static int y =\n"
		"#ifdef A\n"
		"\t1;\n"
		"#else\n"
		"\t2;\n"
		"#endif\n"
		"                 \n";
	struct reduced r;

	reduce_str(in, &r);
	CHECK_STR(r.text, want);
	reduced_free(&r);
}

static void test_outside_mentions(void)
{
	static const char in1[] =
		"#define WAKE(q) do { if (waitqueue_active(q)) wake_up(q); } "
		"while (0)\n"
		"void f(void) { }\n";
	static const char in2[] =
		"/* waitqueue_active() */\nvoid f(void) { }\n";
	static const char in3[] = "static void *p = waitqueue_active;\n";
	struct reduced r;

	/* a macro body is no function: blanked, nothing to check */
	reduce_str(in1, &r);
	CHECK(reduce_nothing_to_check(&r));
	CHECK(!strstr(r.text, "waitqueue_active"));
	reduced_free(&r);
	reduce_str(in2, &r);
	CHECK(reduce_nothing_to_check(&r));
	reduced_free(&r);
	reduce_str(in3, &r);
	CHECK(!reduce_nothing_to_check(&r));
	reduced_free(&r);
}

static void test_unbalanced(void)
{
	static const char in[] =
		"void f(void)\n{\n\tif (waitqueue_active(q)) {\n";
	static const char in2[] = "} } void g(void) { x(); }\n";
	struct reduced r;

	reduce_str(in, &r);
	CHECK_STR(r.text, in);
	reduced_free(&r);
	reduce_str(in2, &r);
	CHECK_INT(r.nfuncs, 1);
	reduced_free(&r);
}

static void test_comments_and_strings(void)
{
	static const char in[] =
		"void f(void)\n"
		"{\n"
		"\t/* } */ s = \"}\\\"\"; c = '}'; // }\n"
		"\tg();\n"
		"}\n"
		"void h(void) { if (swait_active(q)) swake_up_one(q); }\n";
	struct reduced r;

	reduce_str(in, &r);
	CHECK_INT(r.nfuncs, 2);
	CHECK(func(&r, "f") && func(&r, "f")->close_line == 5);
	CHECK(func(&r, "h") && func(&r, "h")->kept);
	reduced_free(&r);
}

static void test_locate_and_overlap(void)
{
	char *lines[] = { "}", "static void caller(struct s *p)" };
	char *region[] = { "{", "\tp->a = 2;", "\tif (waitqueue_active(q))" };
	char *nowhere[] = { "no such line" };
	size_t idx[4];
	struct reduced r;
	long first = 0;

	reduce_str(basic, &r);
	CHECK_INT(reduce_locate_lines(&r, nowhere, 1, 1, &first), -1);
	CHECK_INT(reduce_locate_lines(&r, region, 3, 1, &first), 0);
	CHECK_INT(first, 9);
	/* "}" then a line that is not there (blanked): not found */
	CHECK_INT(reduce_locate_lines(&r, lines, 2, 1, &first), -1);
	/* the search starts at the hint and wraps around */
	lines[0] = "\t\twake_up(q);";
	lines[1] = "}";
	CHECK_INT(reduce_locate_lines(&r, lines, 2, 16, &first), 0);
	CHECK_INT(first, 12);
	/* lines 13-17: the closing brace of waker, then caller (blanked) */
	CHECK_INT(reduce_funcs_in_lines(&r, 13, 17, idx, 4), 0);
	CHECK_INT(reduce_funcs_in_lines(&r, 9, 12, idx, 4), 1);
	CHECK_STR(r.funcs[idx[0]].name, "waker");
	/* blanked functions are not reported */
	CHECK_INT(reduce_funcs_in_lines(&r, 4, 7, idx, 4), 0);
	reduced_free(&r);
}

int main(void)
{
	RUN(test_basic);
	RUN(test_preprocessor_kept);
	RUN(test_ifdef_braces);
	RUN(test_ifdef_straddle);
	RUN(test_not_functions);
	RUN(test_names);
	RUN(test_callers_not_kept);
	RUN(test_locking_caller_kept);
	RUN(test_waits_need_a_check);
	RUN(test_enqueue_needs_a_sleep);
	RUN(test_declarations);
	RUN(test_outside_mentions);
	RUN(test_unbalanced);
	RUN(test_comments_and_strings);
	RUN(test_locate_and_overlap);
	return unit_done();
}
