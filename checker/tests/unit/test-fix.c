// SPDX-License-Identifier: GPL-2.0-only
/*
 * Unit tests for the fix (fix.c), the diff (diff.c), the subject prefix
 * (subject.c) and the patch file names (emit_patches.c).
 */
#include <stdlib.h>
#include <string.h>

#include "diff.h"
#include "emit_patches.h"
#include "fix.h"
#include "records.h"
#include "subject.h"
#include "unit.h"
#include "util.h"

/*
 * A record as spatch prints it; @fields are the fields after the file
 * name, "|"-separated in the order of cocci/RECORDS.md, from the line.
 */
static struct record rec(const char *rule, const char *fields)
{
	struct record r;
	char err[128], *line = xasprintf("wqcheck-record-1\t%s\tx.c\t%s", rule,
					 fields), *p;

	for (p = line; *p; p++)
		if (*p == '|')
			*p = '\t';
	if (record_parse(line, strlen(line), &r, err, sizeof(err)) != 1) {
		fprintf(stderr, "bad record %s: %s\n", line, err);
		abort();
	}
	free(line);
	return r;
}

/* line|col|end|fn|conf|queue|check|store|target|sline|kind|wake|wline|fix|between|msg|stmt|wb|wbline */
#define PLAIN(line, col, stmt, target, sline)                                  \
	line "|" col "|21|f|high|&q->wait|waitqueue_active|" target " = 1|"    \
	     target "|" sline "|plain|wake_up|0|smp_mb()||m|" stmt "||"

struct fixed {
	struct src_text t;
	struct fix_plan p;
	char *out;
	size_t len;
};

static void run_fix(struct fixed *fx, const char *text, struct record *r,
		    size_t n, enum fix_style style)
{
	struct record *v[8];
	size_t i;

	for (i = 0; i < n; i++)
		v[i] = &r[i];
	src_text_init(&fx->t, text, strlen(text));
	fix_plan(&fx->t, v, n, style, &fx->p);
	fx->out = fix_apply(&fx->t, fx->p.edits, fx->p.nedits, -1, &fx->len);
}

static void done_fix(struct fixed *fx, struct record *r, size_t n)
{
	size_t i;

	free(fx->out);
	fix_plan_free(&fx->p);
	src_text_free(&fx->t);
	for (i = 0; i < n; i++)
		record_free(&r[i]);
}

static void test_src_text(void)
{
	struct src_text t;

	src_text_init(&t, "a\nb\n", 4);
	CHECK_INT(t.n, 2);
	CHECK_STR(t.line[1], "b");
	CHECK_INT(t.no_final_newline, 0);
	src_text_free(&t);
	src_text_init(&t, "a\nb", 3);
	CHECK_INT(t.n, 2);
	CHECK_INT(t.no_final_newline, 1);
	src_text_free(&t);
	src_text_init(&t, "", 0);
	CHECK_INT(t.n, 0);
	src_text_free(&t);
}

static const char plain_src[] = "void f(struct s *q)\n"
				"{\n"
				"\tq->x = 1;\n"
				"\tif (waitqueue_active(&q->wait))\n"
				"\t\twake_up(&q->wait);\n"
				"}\n";

static void test_insert(void)
{
	struct record r[1] = { rec("missing-barrier", PLAIN("4", "5", "4",
							     "q->x", "3")) };
	struct fixed fx;

	run_fix(&fx, plain_src, r, 1, FIX_STYLE_BARRIER);
	CHECK_STR(fx.out,
		  "void f(struct s *q)\n"
		  "{\n"
		  "\tq->x = 1;\n"
		  "\t/*\n"
		  "\t * Order the store to q->x before the wait-list test of "
		  "q->wait; pairs\n"
		  "\t * with set_current_state() in the waiter.\n"
		  "\t */\n"
		  "\tsmp_mb();\n"
		  "\tif (waitqueue_active(&q->wait))\n"
		  "\t\twake_up(&q->wait);\n"
		  "}\n");
	CHECK_INT(fx.p.notes[0].kind, FIX_INSERT);
	CHECK_INT(fx.p.notes[0].edit, 0);
	CHECK_INT(fix_map_line(fx.p.edits, fx.p.nedits, -1, 4), 9);
	CHECK_INT(fix_map_line(fx.p.edits, fx.p.nedits, -1, 3), 3);
	done_fix(&fx, r, 1);
}

static void test_sleeper(void)
{
	struct record r[1] = { rec("missing-barrier", PLAIN("4", "5", "4",
							     "q->x", "3")) };
	struct fixed fx;

	run_fix(&fx, plain_src, r, 1, FIX_STYLE_WQ_HAS_SLEEPER);
	CHECK(strstr(fx.out, "\tif (wq_has_sleeper(&q->wait))\n") != NULL);
	CHECK(!strstr(fx.out, "smp_mb"));
	CHECK_INT(fx.p.notes[0].kind, FIX_SLEEPER);
	done_fix(&fx, r, 1);
}

/* smp_mb__after_atomic() after atomic_dec(), with the waiter named. */
static void test_after_atomic(void)
{
	struct record r[1] = { rec(
		"missing-barrier",
		"4|5|21|put|high|&s->wait|waitqueue_active|atomic_dec(&s->n)|"
		"s->n|3|atomic-rmw|wake_up|5|smp_mb__after_atomic()||m|4|||"
		"wait_event(s->wait)|drain|20|yes") };
	static const char src[] = "void put(struct s *s)\n{\n"
				  "\tatomic_dec(&s->n);\n"
				  "\tif (waitqueue_active(&s->wait))\n"
				  "\t\twake_up(&s->wait);\n}\n";
	struct fixed fx;

	run_fix(&fx, src, r, 1, FIX_STYLE_BARRIER);
	CHECK(strstr(fx.out,
		     "\t * Order the atomic_dec() on s->n before the wait-list "
		     "test of s->wait;\n"
		     "\t * pairs with the barrier in wait_event() in drain().\n"
		     "\t */\n\tsmp_mb__after_atomic();\n\tif (") != NULL);
	done_fix(&fx, r, 1);
}

/* smp_wmb() right before the test is replaced; its comment is kept. */
static void test_replace(void)
{
	struct record r[1] = { rec("wrong-barrier",
				   "5|5|21|f|high|&q->wait|waitqueue_active|"
				   "q->x = 1|q->x|3|plain|wake_up|6|smp_mb()||"
				   "m|5|smp_wmb|4") };
	static const char src[] = "void f(struct s *q)\n{\n"
				  "\tq->x = 1;\n"
				  "\tsmp_wmb();\t/* x before y */\n"
				  "\tif (waitqueue_active(&q->wait))\n"
				  "\t\twake_up(&q->wait);\n}\n";
	struct fixed fx;

	run_fix(&fx, src, r, 1, FIX_STYLE_BARRIER);
	CHECK(!strstr(fx.out, "smp_wmb"));
	CHECK(strstr(fx.out, "\t */\n\tsmp_mb();\t/* x before y */\n\tif (") !=
	      NULL);
	CHECK_INT(fx.p.notes[0].kind, FIX_REPLACE);
	CHECK_INT(fx.p.edits[0].count, 1);
	done_fix(&fx, r, 1);
}

/* A store after the wrong barrier: a new barrier, the old one stays. */
static void test_replace_not_safe(void)
{
	struct record r[1] = { rec("wrong-barrier",
				   "6|5|21|f|high|&q->wait|waitqueue_active|"
				   "q->x = 1|q->x|3|plain|wake_up|7|smp_mb()||"
				   "m|6|smp_wmb|4") };
	static const char src[] = "void f(struct s *q)\n{\n"
				  "\tq->x = 1;\n"
				  "\tsmp_wmb();\n"
				  "\tq->tail = 2;\n"
				  "\tif (waitqueue_active(&q->wait))\n"
				  "\t\twake_up(&q->wait);\n}\n";
	struct fixed fx;

	run_fix(&fx, src, r, 1, FIX_STYLE_BARRIER);
	CHECK(strstr(fx.out, "\tsmp_wmb();\n\tq->tail = 2;\n\t/*") != NULL);
	CHECK(strstr(fx.out, "\tsmp_mb();\n\tif (") != NULL);
	CHECK_INT(fx.p.notes[0].kind, FIX_INSERT);
	CHECK_INT(fx.p.notes[0].kept_line, 4);
	done_fix(&fx, r, 1);
}

/* Two tests after one store: one barrier, one comment naming both. */
static void test_shared(void)
{
	struct record r[2] = {
		rec("missing-barrier",
		    "4|5|21|f|high|&q->a|waitqueue_active|q->x = 1|q->x|3|"
		    "plain|wake_up|5|smp_mb()||m|4||"),
		rec("missing-barrier",
		    "6|5|21|f|high|&q->b|waitqueue_active|q->x = 1|q->x|3|"
		    "plain|wake_up|7|smp_mb()||m|6||"),
	};
	static const char src[] = "void f(struct s *q)\n{\n"
				  "\tq->x = 1;\n"
				  "\tif (waitqueue_active(&q->a))\n"
				  "\t\twake_up(&q->a);\n"
				  "\tif (waitqueue_active(&q->b))\n"
				  "\t\twake_up(&q->b);\n}\n";
	struct fixed fx;

	run_fix(&fx, src, r, 2, FIX_STYLE_BARRIER);
	CHECK_INT(fx.p.nedits, 1);
	CHECK_INT(fx.p.notes[1].kind, FIX_COVERED);
	CHECK_INT(fx.p.notes[1].edit, 0);
	CHECK(strstr(fx.out, "wait-list tests of q->a and q->b") != NULL);
	CHECK(strstr(fx.out, "in the waiters.") != NULL);
	done_fix(&fx, r, 2);
}

static void test_declaration(void)
{
	struct record r[1] = { rec("missing-barrier",
				   "4|10|26|f|high|&q->wait|waitqueue_active|"
				   "q->x = 1|q->x|3|plain|wake_up|6|smp_mb()||"
				   "m|4||") };
	static const char src[] = "void f(struct s *q)\n{\n"
				  "\tq->x = 1;\n"
				  "\tbool a = waitqueue_active(&q->wait);\n"
				  "\tif (a)\n\t\twake_up(&q->wait);\n}\n";
	struct fixed fx;

	run_fix(&fx, src, r, 1, FIX_STYLE_BARRIER);
	CHECK(strstr(fx.out, "\tbool a = wq_has_sleeper(&q->wait);\n") != NULL);
	CHECK_INT(fx.p.notes[0].kind, FIX_SLEEPER);
	done_fix(&fx, r, 1);
}

/* No place for a statement (else if): a note, unless wq_has_sleeper. */
static void test_no_place(void)
{
	struct record r[1] = { rec("missing-barrier",
				   "6|10|26|f|high|&q->wait|waitqueue_active|"
				   "q->x = 1|q->x|3|plain|wake_up|7|smp_mb()||"
				   "m|||") };
	static const char src[] = "void f(struct s *q)\n{\n"
				  "\tq->x = 1;\n"
				  "\tif (q->y)\n\t\treturn;\n"
				  "\telse if (waitqueue_active(&q->wait))\n"
				  "\t\twake_up(&q->wait);\n}\n";
	struct fixed fx;

	run_fix(&fx, src, r, 1, FIX_STYLE_BARRIER);
	CHECK_INT(fx.p.notes[0].kind, FIX_NONE);
	CHECK(fx.p.notes[0].why && strstr(fx.p.notes[0].why, "else-if"));
	CHECK_INT(fx.p.nedits, 0);
	CHECK_STR(fx.out, src);
	done_fix(&fx, r, 1);
	r[0] = rec("missing-barrier", "6|10|26|f|high|&q->wait|"
				      "waitqueue_active|q->x = 1|q->x|3|plain|"
				      "wake_up|7|smp_mb()||m|||");
	run_fix(&fx, src, r, 1, FIX_STYLE_WQ_HAS_SLEEPER);
	CHECK(strstr(fx.out, "else if (wq_has_sleeper(&q->wait))") != NULL);
	done_fix(&fx, r, 1);
}

/* After a label, above the test's own comment. */
static void test_label_comment(void)
{
	struct record r[1] = { rec("missing-barrier", PLAIN("6", "5", "4",
							     "q->x", "3")) };
	static const char src[] = "void f(struct s *q)\n{\n"
				  "\tq->x = 1;\n"
				  "out:\n"
				  "\t/* wake the reader */\n"
				  "\tif (waitqueue_active(&q->wait))\n"
				  "\t\twake_up(&q->wait);\n}\n";
	struct fixed fx;

	run_fix(&fx, src, r, 1, FIX_STYLE_BARRIER);
	CHECK(strstr(fx.out, "out:\n\t/*\n") != NULL);
	CHECK(strstr(fx.out, "\tsmp_mb();\n\t/* wake the reader */\n\tif (") !=
	      NULL);
	done_fix(&fx, r, 1);
}

static void test_unsupported(void)
{
	struct record r[2] = {
		rec("waiter-no-barrier",
		    "4|1|15|w|medium|&q->wait|add_wait_queue|||||||"
		    "set_current_state()||m|||"),
		rec("missing-barrier", PLAIN("9", "5", "9", "q->x", "3")),
	};
	struct fixed fx;

	run_fix(&fx, plain_src, r, 2, FIX_STYLE_BARRIER);
	CHECK_INT(fx.p.notes[0].kind, FIX_NONE);
	CHECK(strstr(fx.p.notes[0].why, "waiter side") != NULL);
	/* Line 9 holds no test: the file changed since the scan. */
	CHECK_INT(fx.p.notes[1].kind, FIX_NONE);
	CHECK(strstr(fx.p.notes[1].why, "changed") != NULL);
	CHECK_STR(fx.out, plain_src);
	done_fix(&fx, r, 2);
}

static void test_groups(void)
{
	static const char src[] = "a\nb\nc\nd\n";
	struct src_text t;
	char *one[] = { "x" }, *two[] = { "y", "z" };
	struct line_edit e[2] = {
		{ .first = 2, .count = 0, .text = one, .ntext = 1, .group = 1 },
		{ .first = 4, .count = 1, .text = two, .ntext = 2, .group = 2 },
	};
	size_t len;
	char *s;

	src_text_init(&t, src, strlen(src));
	s = fix_apply(&t, e, 2, 1, &len);
	CHECK_STR(s, "a\nx\nb\nc\nd\n");
	free(s);
	s = fix_apply(&t, e, 2, -1, &len);
	CHECK_STR(s, "a\nx\nb\nc\ny\nz\n");
	free(s);
	CHECK_INT(fix_map_line(e, 2, 1, 4), 5);
	CHECK_INT(fix_map_line(e, 2, -1, 3), 4);
	src_text_free(&t);
}

static void test_diff(void)
{
	static const char src[] = "int f(void)\n{\n\tone;\n\ttwo;\n}";
	struct src_text t;
	char *add[] = { "\tnew;" };
	struct line_edit e = { .first = 4, .count = 0, .text = add,
			       .ntext = 1 };
	struct strbuf sb = { 0 };
	struct diff_stat st;

	src_text_init(&t, src, strlen(src));
	diff_hunks(&sb, &t, &e, 1, &st);
	CHECK_STR(sb.buf, "@@ -1,5 +1,6 @@\n"
			  " int f(void)\n {\n \tone;\n+\tnew;\n \ttwo;\n }\n"
			  "\\ No newline at end of file\n");
	CHECK_INT(st.added, 1);
	CHECK_INT(st.removed, 0);
	sb_free(&sb);
	src_text_free(&t);
}

static void test_prefix(void)
{
	char *p;

	p = subject_prefix_from_path("fs/aio.c");
	CHECK_STR(p, "aio");
	free(p);
	p = subject_prefix_from_path("drivers/misc/mei/client.c");
	CHECK_STR(p, "mei");
	free(p);
	p = subject_prefix_from_path("drivers/usb/core/hcd.c");
	CHECK_STR(p, "usb: core");
	free(p);
	p = subject_prefix_from_path("mm/filemap.c");
	CHECK_STR(p, "mm");
	free(p);
	p = subject_prefix_from_path("kernel/sched/wait.c");
	CHECK_STR(p, "sched");
	free(p);
	p = subject_prefix_from_path("sound/core/seq/seq_fifo.c");
	CHECK_STR(p, "ALSA: seq");
	free(p);
	p = subject_prefix_from_path("sound/soc/sof/ipc3-dtrace.c");
	CHECK_STR(p, "ASoC: sof");
	free(p);
	p = subject_prefix_from_path("drivers/gpu/drm/i915/i915_active.c");
	CHECK_STR(p, "drm/i915");
	free(p);
	p = subject_prefix_from_path("drivers/md/dm-writecache.c");
	CHECK_STR(p, "dm writecache");
	free(p);
	p = subject_prefix_from_path("drivers/char/random.c");
	CHECK_STR(p, "random");
	free(p);
	p = subject_prefix_from_path("fs/smb/server/connection.c");
	CHECK_STR(p, "smb: server");
	free(p);
	p = subject_prefix_from_log("mei: client: fix a race\n"
				    "Revert \"mei: bus: x\"\n"
				    "mei: client: add y\n"
				    "treewide: z\n"
				    "mei: bus: w\n");
	CHECK_STR(p, "mei: client");
	free(p);
	p = subject_prefix_from_log("[PATCH] aio: old\nno prefix here\n");
	CHECK_STR(p, "aio");
	free(p);
	CHECK(subject_prefix_from_log("Linux 6.12\n") == NULL);
}

static void test_file_name(void)
{
	char *n = patch_file_name(1, "aio: add missing memory barrier before "
				     "waitqueue_active()");

	/* As git format-patch names it: 64 bytes at most with .patch. */
	CHECK_STR(n, "0001-aio-add-missing-memory-barrier-before-waitqueue_acti"
		     ".patch");
	free(n);
	n = patch_file_name(12, "x: y..z ()");
	CHECK_STR(n, "0012-x-y.z.patch");
	free(n);
}

int main(void)
{
	RUN(test_src_text);
	RUN(test_insert);
	RUN(test_sleeper);
	RUN(test_after_atomic);
	RUN(test_replace);
	RUN(test_replace_not_safe);
	RUN(test_shared);
	RUN(test_declaration);
	RUN(test_no_place);
	RUN(test_label_comment);
	RUN(test_unsupported);
	RUN(test_groups);
	RUN(test_diff);
	RUN(test_prefix);
	RUN(test_file_name);
	return unit_done();
}
