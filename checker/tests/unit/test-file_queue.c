// SPDX-License-Identifier: GPL-2.0-only
/*
 * Queues only their own file can wait on: declared static at file
 * scope, given to nothing but the wait API.
 */
#include "file_queue.h"
#include "unit.h"

static int private(const char *text, const char *name)
{
	return queue_is_file_private(text, strlen(text), name);
}

/* The three ways to declare one, each static or not. */
static void test_declarations(void)
{
	CHECK(private("static DECLARE_WAIT_QUEUE_HEAD(q);\n", "q"));
	CHECK(private("static wait_queue_head_t a, q;\n", "q"));
	CHECK(private("static struct wait_queue_head q;\n", "q"));
	CHECK(private("static wait_queue_head_t q =\n"
		      "\t__WAIT_QUEUE_HEAD_INITIALIZER(q);\n",
		      "q"));
	CHECK(!private("DECLARE_WAIT_QUEUE_HEAD(q);\n", "q"));
	CHECK(!private("wait_queue_head_t q;\n", "q"));
	CHECK(!private("extern wait_queue_head_t q;\n"
		       "DECLARE_WAIT_QUEUE_HEAD(q);\n",
		       "q"));
	CHECK(!private("static int q;\n", "q")); /* not a queue */
	/* a pointer: the queue it points at may be another file's */
	CHECK(!private("static wait_queue_head_t *q = &shared;\n"
		       "void f(void) { wake_up(q); }\n",
		       "q"));
	CHECK(!private("static DECLARE_WAIT_QUEUE_HEAD(other);\n", "q"));
	CHECK(!private("", "q"));
}

/* Uses: the wait API only; a member of the same name is another object. */
static void test_uses(void)
{
	static const char *const head = "static DECLARE_WAIT_QUEUE_HEAD(q);\n"
					"static int done;\n";
	static const struct {
		const char *body;
		int yes;
	} t[] = {
		{ "void f(void) { done = 1; if (waitqueue_active(&q))"
		  " wake_up(&q); }",
		  1 },
		{ "int g(void) { return wait_event_interruptible(q, done); }",
		  1 },
		{ "void h(struct file *f, poll_table *p)"
		  " { poll_wait(f, &q, p); }",
		  1 },
		{ "void i(struct dev *d) { wake_up(&d->q); }", 1 },
		/* its address handed on: a waiter elsewhere may use it */
		{ "void j(struct dev *d) { d->wqp = &q; }", 0 },
		{ "void k(void) { register_waiter(&q); }", 0 },
		/* named like the wait API, but not of it: it may keep &q */
		{ "void k2(void) { wake_up_register(&q); }", 0 },
		{ "void k3(void) { poll_waiters_add(&q); }", 0 },
		{ "void k4(void) { wake_up_interruptible_all(&q); }", 1 },
		{ "void l(void) { spin_lock(&q.lock); }", 0 },
		{ "#define WAKE() wake_up(&q)\n", 0 },
		{ "#define WAKE() \\\n\twake_up(&q)\n", 0 },
		{ "/* q, &q */ void n(void) { wake_up(&q); }", 1 },
		{ "void m(void) { wait_queue_head_t q; init_waitqueue_head(&q);"
		  " other(&q); }",
		  0 },
	};
	size_t i;

	for (i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
		char *text = malloc(strlen(head) + strlen(t[i].body) + 1);

		strcpy(text, head);
		strcat(text, t[i].body);
		if (private(text, "q") != t[i].yes)
			fprintf(stderr, "case %zu: %s\n", i, t[i].body);
		CHECK_INT(private(text, "q"), t[i].yes);
		free(text);
	}
}

int main(void)
{
	RUN(test_declarations);
	RUN(test_uses);
	return unit_done();
}
