// SPDX-License-Identifier: GPL-2.0-only
/*
 * Accessors of wait queues in headers, and the identity of a queue
 * written as a call of one: only a body that returns the address of a
 * member is one, and the member's root gets its type from the
 * parameter or from the struct definition of the member a loader reads.
 */
#include <string.h>

#include "accessor.h"
#include "identity.h"
#include "unit.h"
#include "util.h"

static const char header[] =
	"#ifndef CONN_H\n"
	"struct conn_wq { wait_queue_head_t wait; };\n"
	"struct conn {\n"
	"	union {\n"
	"		struct conn_wq __rcu *wq; /* a comment */\n"
	"		struct conn_wq *wq_raw;\n"
	"	};\n"
	"	wait_queue_head_t rx_wait;\n"
	"	struct conn_wq *wqs[4];\n"
	"};\n"
	"static inline wait_queue_head_t *conn_sleep(struct conn *c)\n"
	"{\n"
	"	BUILD_BUG_ON(offsetof(struct conn_wq, wait) != 0);\n"
	"	return &rcu_dereference_raw(c->wq)->wait;\n"
	"}\n"
	"static inline struct wait_queue_head *conn_rx(const struct conn *c)\n"
	"{ return &c->rx_wait; }\n"
	"static inline wait_queue_head_t *conn_wq0(struct conn *c)\n"
	"{ return &(READ_ONCE(c->wqs[0])->wait); }\n"
	/* not accessors: not static, more than a return, no member */
	"wait_queue_head_t *conn_ext(struct conn *c) { return &c->rx_wait; }\n"
	"static inline wait_queue_head_t *conn_pick(struct conn *c, int i)\n"
	"{ if (i) return &c->rx_wait; return &c->wq_raw->wait; }\n"
	"static inline wait_queue_head_t *conn_table(unsigned long h)\n"
	"{ return &table[h]; }\n"
	"static inline wait_queue_head_t *conn_other(struct other *o)\n"
	"{ return &rcu_dereference(o->wq)->wait; }\n"
	"static inline int conn_len(struct conn *c) { return c->len; }\n"
	"#else\n" /* a second definition in another branch is not read */
	"static inline wait_queue_head_t *conn_rx(struct conn *c)\n"
	"{ return &c->tx_wait; }\n"
	"#endif\n";

static void test_parse(void)
{
	struct accessor *v = NULL;
	size_t n = 0;

	accessors_parse(header, strlen(header), "include/conn.h", &v, &n);
	CHECK_INT(n, 3);
	CHECK_INT(n ? v[0].local : 1, 0);
	if (n == 3) {
		CHECK_STR(v[0].name, "conn_sleep");
		CHECK_STR(v[0].type, "struct conn_wq");
		CHECK_STR(v[0].chain, "wait");
		CHECK_STR(v[0].file, "include/conn.h");
		CHECK_STR(v[1].name, "conn_rx");
		CHECK_STR(v[1].type, "struct conn");
		CHECK_STR(v[1].chain, "rx_wait");
		CHECK_STR(v[2].name, "conn_wq0");
		CHECK_STR(v[2].type, "struct conn_wq");
		CHECK_STR(v[2].chain, "wait");
	}
	accessors_free(v, n);
}

static struct accessor one(const char *name, const char *type,
			   const char *chain, const char *file)
{
	struct accessor a = { xstrdup(name), xstrdup(type), xstrdup(chain),
			      xstrdup(file), strstr(file, ".c") != NULL };

	return a;
}

static void test_identity(void)
{
	struct accessor *v = xcalloc(6, sizeof(*v));
	struct ident waker, waiter, other;
	size_t n;

	v[0] = one("conn_sleep", "struct conn_wq", "wait", "include/conn.h");
	v[1] = one("twice", "struct a", "wait", "include/a.h");
	v[2] = one("twice", "struct b", "wait", "include/b.h"); /* neither */
	v[3] = one("conn_rx", "struct conn", "rx_wait", "include/conn.h");
	/* a static function of a .c file: in that file only */
	v[4] = one("port_sleep", "struct port_wq", "wait", "drivers/a.c");
	v[5] = one("port_sleep", "struct port", "wq", "drivers/b.c");
	ident_set_accessors(v, 6);
	ident_accessors(&n);
	CHECK_INT(n, 4);
	ident_init(&waker, "&wq->wait", "struct conn_wq", "net/x/a.c");
	ident_init(&waiter, "conn_sleep(c)", "", "net/y/b.c");
	ident_init(&other, "twice(c)", "", "net/x/b.c");
	CHECK_STR(waiter.type, "struct conn_wq");
	CHECK_STR(waiter.chain, "wait");
	CHECK_INT(ident_match(&waker, &waiter), 1);
	CHECK_INT(ident_match(&waker, &other), 0);
	ident_free(&waiter);
	ident_init(&waiter, "&conn_sleep(c)->lock", "", "net/y/b.c");
	CHECK_STR(waiter.chain, "wait.lock");
	ident_free(&waiter);
	ident_init(&waiter, "port_sleep(p)", "", "drivers/b.c");
	CHECK_STR(waiter.type, "struct port");
	CHECK_STR(waiter.chain, "wq");
	ident_free(&waiter);
	ident_init(&waiter, "port_sleep(p)", "", "drivers/c.c");
	CHECK_STR(waiter.chain, "");
	ident_free(&waker);
	ident_free(&waiter);
	ident_free(&other);
	ident_set_accessors(NULL, 0);
}

int main(void)
{
	RUN(test_parse);
	RUN(test_identity);
	return unit_done();
}
