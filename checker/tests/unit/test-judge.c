// SPDX-License-Identifier: GPL-2.0-only
/*
 * The judge: a finding against the waiters of its queue. Each test
 * builds the waker's record and the waiters' index lines by hand.
 */
#include <unistd.h>

#include "identity.h"
#include "judge.h"
#include "judge_value.h"
#include "records.h"
#include "unit.h"
#include "util.h"
#include "waiters.h"

/* A waker record: fields 1-19, 20-26 empty, then 27-31. */
static void waker(struct record *r, const char *rule, const char *conf,
		  const char *queue, const char *check, const char *target,
		  const char *sline, const char *type, const char *stores,
		  const char *weak, const char *locks)
{
	char err[128];
	char *line = xasprintf(
		"wqcheck-record-1\t%s\tfs/aio.c\t1180\t5\t21\tf\t%s\t%s\t%s\t"
		"%s = 1\t%s\t%s\tplain\twake_up\t1181\tsmp_mb()\t\tmsg\t1180"
		"\t\t\t\t\t\t\t%s\t%s\t%s\t%s\t",
		rule, conf, queue, check, target, target, sline, type, stores,
		weak, locks);

	CHECK_INT(record_parse(line, strlen(line), r, err, sizeof(err)), 1);
	free(line);
}

static void waiter(struct waiter *w, const char *file, const char *queue,
		   const char *type, const char *reads, const char *locks,
		   const char *sleep)
{
	char err[128];
	char *line = xasprintf("wqcheck-waiter-1\t%s\t40\tread_events\t"
			       "wait_event\t%s\t%s\t\t%s\t%s\t%s\tcond",
			       file, queue, type, reads, locks, sleep);

	CHECK_INT(waiter_parse(line, strlen(line), w, err, sizeof(err)), 1);
	free(line);
}

static void test_identity(void)
{
	struct ident a, b, c;
	char *m = last_member("ring->tail");

	ident_init(&a, "&ctx->ring.wait", "struct kioctx *", "fs/aio.c");
	ident_init(&b, "(ctx)->ring.wait", "struct kioctx", "fs/x/y.c");
	ident_init(&c, "&other->ring.wait", "", "fs/z.c");
	CHECK_STR(a.chain, "ring.wait");
	CHECK_STR(a.type, "struct kioctx");
	CHECK(ident_match(&a, &b));
	CHECK(ident_match(&a, &c)); /* type unknown, same directory */
	CHECK(!ident_match(&b, &c));
	ident_free(&a);
	ident_free(&b);
	ident_free(&c);
	CHECK_STR(m, "tail");
	free(m);
}

/* Bare variables: by name in one directory, and type when both known. */
static void test_identity_bare(void)
{
	struct ident a, b, c, d;

	ident_init(&a, "q", "struct pool *", "d/a.c");
	ident_init(&b, "q", "struct pool *", "d/b.c");
	ident_init(&c, "q", "struct work_queue *", "d/c.c");
	ident_init(&d, "&q", "", "d/d.c");
	CHECK(ident_match(&a, &b));
	CHECK(!ident_match(&a, &c));
	CHECK(ident_match(&a, &d)); /* a file-scope queue: type not known */
	ident_free(&a);
	ident_free(&b);
	ident_free(&c);
	ident_free(&d);
}

/*
 * An embedded struct: ctl->wq and h->ctl.wq are one queue in the same
 * directory; an array's dimension is no part of its type.
 */
static void test_identity_embedded(void)
{
	struct ident a, b, c, d;

	ident_init(&a, "&ctl->wq", "struct ctl", "d/ctl.c");
	ident_init(&b, "h->ctl.wq", "struct host", "d/host.c");
	ident_init(&c, "h->ctl.wq", "struct host", "e/host.c");
	ident_init(&d, "&boards[i].wq", "struct board [ MAX ]", "d/b.c");
	CHECK(ident_match(&a, &b));
	CHECK(!ident_match(&a, &c));
	CHECK_STR(d.type, "struct board");
	ident_free(&a);
	ident_free(&b);
	ident_free(&c);
	ident_free(&d);
}

/* No waiter of the queue in the scan: one level lower, with a note. */
static void test_no_waiter(void)
{
	struct record r;
	struct waiter w;
	struct judge_stats st;

	waker(&r, "missing-barrier", "high", "&q->wq", "waitqueue_active",
	      "q->state", "1179", "struct rq", "", "", "");
	waiter(&w, "fs/x.c", "&t->other", "struct rq", "state", "", "none");
	judge_records(&r, 1, &w, 1, 1, &st);
	CHECK_STR(r.f[REC_CONFIDENCE], "medium");
	CHECK_INT(st.no_waiter, 1);
	CHECK_INT((long)r.nnotes, 1);
	CHECK_STR(r.notes[0].text, "one level lower: no waiter of the queue "
				   "in the tree");
	record_free(&r);
	waiter_free(&w);
}

/* In part of a tree, the queue's waiters may be in the files not read. */
static void test_no_waiter_part_of_tree(void)
{
	struct record r;
	struct waiter w;
	struct judge_stats st;

	waker(&r, "missing-barrier", "high", "&q->wq", "waitqueue_active",
	      "q->state", "1179", "struct rq", "", "", "");
	waiter(&w, "fs/x.c", "&t->other", "struct rq", "state", "", "none");
	judge_records(&r, 1, &w, 1, 0, &st);
	CHECK_STR(r.f[REC_CONFIDENCE], "high");
	CHECK_INT(st.no_waiter, 0);
	CHECK_INT((long)r.nnotes, 0);
	record_free(&r);
	waker(&r, "wake-bit-missing-barrier", "high", "&s->flags, S_PROBING",
	      "wake_up_bit", "s->flags", "1179", "struct srv", "", "", "");
	judge_records(&r, 1, &w, 1, 0, &st);
	CHECK_STR(r.f[REC_CONFIDENCE], "high");
	CHECK_INT(st.no_bit_waiter, 0);
	record_free(&r);
	waiter_free(&w);
}

/* wq = __var_waitqueue(&x->v) waits on x->v; a bare variable by dir. */
static void test_identity_lookups(void)
{
	struct ident a, b, c, d;

	ident_init(&a, "__var_waitqueue(&whole->bd_claiming)", "", "b/bdev.c");
	ident_init(&b, "&whole->bd_claiming", "struct block_device",
		   "b/bdev.c");
	ident_init(&c, "ring_empty_wait", "wait_queue_head_t", "net/r/cm.c");
	ident_init(&d, "&ring_empty_wait", "", "net/r/ring.c");
	CHECK_STR(a.chain, "bd_claiming");
	CHECK(ident_match(&a, &b));
	CHECK(ident_match(&c, &d)); /* the same name in the same directory */
	ident_free(&d);
	ident_init(&d, "ring_empty_wait", "", "net/other/ring.c");
	CHECK(!ident_match(&c, &d));
	ident_free(&a);
	ident_free(&b);
	ident_free(&c);
	ident_free(&d);
}

/*
 * ctrl->q is the queue hba->ctrl.q names (a pointer named after the
 * member it points at; zone->zone_pgdat.q for pgdat->q too), in one
 * directory only; hba->spare.q is another member's.
 */
static void test_identity_through_member(void)
{
	struct ident a, b, c, d, e;

	ident_init(&a, "&ctrl->mcc_wait[tag]", "struct ctrl_info", "d/m.c");
	ident_init(&b, "phba->ctrl.mcc_wait[tag]", "struct hba", "d/c.c");
	ident_init(&c, "zone->zone_pgdat->q", "struct zone", "mm/v.c");
	ident_init(&d, "&pgdat->q", "pg_data_t", "mm/v.c");
	ident_init(&e, "phba->spare.mcc_wait", "struct hba", "d/c.c");
	CHECK(ident_match(&a, &b));
	CHECK(ident_match(&b, &a));
	CHECK(ident_match(&c, &d));
	CHECK(!ident_match(&a, &e));
	ident_free(&b);
	ident_init(&b, "phba->ctrl.mcc_wait", "struct hba", "e/c.c");
	CHECK(!ident_match(&a, &b)); /* another directory */
	ident_free(&a);
	ident_free(&b);
	ident_free(&c);
	ident_free(&d);
	ident_free(&e);
}

/* An array's element has the array's element type. */
static void test_identity_array_type(void)
{
	struct ident a, b;

	ident_init(&a, "&apbs[i].wait", "struct board [ MAX_BOARD ]", "d/a.c");
	ident_init(&b, "&apbs[n].wait", "struct board", "e/b.c");
	CHECK_STR(a.type, "struct board");
	CHECK(ident_match(&a, &b));
	ident_free(&a);
	ident_free(&b);
}

/* The waiter tests under ep->lock, which the waker holds: dropped. */
static void test_serialised(void)
{
	struct record r;
	struct waiter w;
	struct judge_stats st;

	waker(&r, "missing-barrier", "high", "&ep->wq", "waitqueue_active",
	      "ep->ready", "1179", "struct eventpoll", "", "",
	      "1170,struct eventpoll,&ep->lock");
	waiter(&w, "fs/aio.c", "&ep->wq", "struct eventpoll *", "ready",
	       "struct eventpoll|&ep->lock", "none");
	judge_records(&r, 1, &w, 1, 1, &st);
	CHECK_INT(r.confidence, CONF_NONE);
	CHECK_INT(st.serialised, 1);
	record_free(&r);
	waiter_free(&w);
}

/*
 * No waiter reads ctx->count by name: one level lower, and a note says
 * so. In part of a tree (whole_tree 0) a waiter elsewhere may read it.
 */
static void test_unread(void)
{
	struct record r;
	struct waiter w;
	struct judge_stats st;

	waker(&r, "missing-barrier", "high", "&ctx->wait", "waitqueue_active",
	      "ctx->count", "1179", "struct kioctx", "", "", "");
	waiter(&w, "fs/aio.c", "ctx->wait", "struct kioctx", "tail@ring_read",
	       "", "none");
	judge_records(&r, 1, &w, 1, 0, &st);
	CHECK_STR(r.f[REC_CONFIDENCE], "medium");
	CHECK_INT(st.unread, 1);
	CHECK_INT(r.nnotes, 1);
	CHECK_STR(r.notes[0].text,
		  "waiter read_events() sleeps in wait_event() and reads none "
		  "of the stores before the check");
	record_free(&r);
	waiter_free(&w);
}

/*
 * In a whole tree, a waiter that reads only what it names and not
 * ctx->count cannot read the store: low. One that reads ctx->ring,
 * the member holding a stored ctx->ring.head, may: one level lower;
 * so too when the queue's type is not known (a waiter elsewhere may
 * not be found). A stored bare variable is read only by a waiter that
 * tests it (::count), not by one reading a member of that name; *count
 * may be read under any name.
 */
static void test_unread_sure(void)
{
	static const struct {
		const char *target, *reads, *type, *conf;
	} t[] = {
		{ "ctx->count", "tail@ring_read", "struct kioctx", "low" },
		{ "ctx->count", "tail@ring_read &", "struct kioctx", "medium" },
		{ "ctx->count", "tail@ring_read *", "struct kioctx", "medium" },
		{ "ctx->ring.head", "ring tail", "struct kioctx", "medium" },
		{ "ctx->count", "tail@ring_read", "", "medium" },
		/* a bare variable: read where the waiter tests it, ::name */
		{ "count", "tail", "struct kioctx", "low" },
		{ "count", "count tail", "struct kioctx", "low" },
		{ "count", "tail ::count@f", "struct kioctx", "high" },
		{ "*count", "tail", "struct kioctx", "medium" },
	};
	struct record r;
	struct waiter w;
	struct judge_stats st;
	size_t i;

	for (i = 0; i < ARRAY_SIZE(t); i++) {
		waker(&r, "missing-barrier", "high", "&ctx->wait",
		      "waitqueue_active", t[i].target, "1179", t[i].type, "",
		      "", "");
		waiter(&w, "fs/aio.c", "ctx->wait", t[i].type, t[i].reads, "",
		       "none");
		judge_records(&r, 1, &w, 1, 1, &st);
		CHECK_INT(st.judged, 1); /* the waiter is the queue's */
		CHECK_STR(r.f[REC_CONFIDENCE], t[i].conf);
		CHECK_INT(st.unread_sure, !strcmp(t[i].conf, "low"));
		record_free(&r);
		waiter_free(&w);
	}
}

/*
 * A queue of no known type that its file declares static and gives only
 * to the wait API has all its waiters in that file: a waiter there that
 * tests none of the stores cannot read them (low). Not static, a file
 * declaring it extern may wait on it: one level lower only.
 */
static void test_unread_file_queue(void)
{
	static const struct {
		const char *decl, *reads, *conf;
	} t[] = {
		{ "static DECLARE_WAIT_QUEUE_HEAD(q);", "::count", "low" },
		{ "DECLARE_WAIT_QUEUE_HEAD(q);", "::count", "medium" },
		{ "static DECLARE_WAIT_QUEUE_HEAD(q);", "::closing", "high" },
	};
	char *dir = make_temp_dir("wqcheck-test-judge"), *path;
	struct record r;
	struct waiter w;
	struct judge_stats st;
	size_t i;

	if (!dir)
		return;
	path = path_join(dir, "mon.c");
	for (i = 0; i < ARRAY_SIZE(t); i++) {
		FILE *f = fopen(path, "w");

		fprintf(f, "%s\nvoid f(void) { wake_up(&q); }\n", t[i].decl);
		fclose(f);
		waker(&r, "missing-barrier", "high", "&q", "waitqueue_active",
		      "closing", "1179", "", "", "", "");
		r.path = xstrdup(path);
		waiter(&w, path, "&q", "", t[i].reads, "", "none");
		judge_records(&r, 1, &w, 1, 1, &st);
		CHECK_INT(st.judged, 1);
		CHECK_STR(r.f[REC_CONFIDENCE], t[i].conf);
		record_free(&r);
		waiter_free(&w);
	}
	remove_tree(dir);
	free(path);
	free(dir);
}

/*
 * The aio mutant: *event, then smp_wmb(), then ring->tail; the waiter
 * reads tail two calls down. The finding names ring->tail and is no
 * wrong-barrier, since smp_wmb() comes before that store.
 */
static void test_renamed(void)
{
	struct record r;
	struct waiter w;
	struct judge_stats st;

	waker(&r, "wrong-barrier", "high", "&ctx->wait", "waitqueue_active",
	      "*event", "1156", "struct kioctx",
	      "1156,2,plain,1,*event;1173,2,plain,1,ring->tail",
	      "smp_wmb,1167,1,orders stores against stores only", "");
	waiter(&w, "fs/aio.c", "ctx->wait", "struct kioctx",
	       "tail@aio_read_events_ring head", "", "none");
	judge_records(&r, 1, &w, 1, 1, &st);
	CHECK_STR(r.f[REC_RULE], "missing-barrier");
	CHECK_STR(r.f[REC_STORE_TARGET], "ring->tail");
	CHECK_INT(r.store_line, 1173);
	CHECK_STR(r.f[REC_WRONG_BARRIER], "");
	CHECK_STR(r.f[REC_MESSAGE],
		  "store to ring->tail (line 1173) may be reordered after "
		  "waitqueue_active(&ctx->wait) in f(): a waiter can miss the "
		  "wake-up; add smp_mb() before the check");
	CHECK_STR(r.notes[0].text,
		  "waiter read_events() sleeps in wait_event() and reads "
		  "ring->tail in aio_read_events_ring()");
	CHECK_INT(st.restored, 1);
	record_free(&r);
	waiter_free(&w);
}

/* Every waiter naps and re-polls: the wake-up is a hint. */
static void test_repoll(void)
{
	struct record r;
	struct waiter w;
	struct judge_stats st;

	waker(&r, "missing-barrier", "high", "&q->wq", "waitqueue_active",
	      "q->state", "1179", "struct rq", "", "", "");
	waiter(&w, "fs/x.c", "&q->wq", "struct rq", "state", "", "repoll");
	judge_records(&r, 1, &w, 1, 1, &st);
	CHECK_STR(r.f[REC_CONFIDENCE], "low");
	record_free(&r);
	waiter_free(&w);
}

/* wake_up_bit() of a bit nothing waits on. */
static void test_bit_unwaited(void)
{
	struct record r;
	struct waiter w;
	struct judge_stats st;

	waker(&r, "wake-bit-missing-barrier", "high", "&s->flags, S_PROBING",
	      "wake_up_bit", "s->flags", "1179", "struct srv", "", "", "");
	waiter(&w, "fs/x.c", "&t->flags", "struct other", "flags", "", "none");
	free(w.f[W_BIT]);
	w.f[W_BIT] = xstrdup("T_BUSY");
	judge_records(&r, 1, &w, 1, 1, &st);
	CHECK_STR(r.f[REC_CONFIDENCE], "low");
	CHECK_INT(st.no_bit_waiter, 1);
	record_free(&r);
	waiter_free(&w);
}

/*
 * A kthread_stop() on every path wakes the waiters that test the flag,
 * when they wait in the function its task was started with (the
 * waker's file says which: @started).
 */
static void test_stop(void)
{
	static const struct {
		const char *second, *stop, *conf;
	} t[] = {
		{ "kthread_should_stop() state", "1185,kthread_stop,q->task",
		  "low" },
		{ "state *", "1185,kthread_stop,q->task", "high" },
		/* another thread than the waiters' */
		{ "kthread_should_stop() state", "1185,kthread_stop,q->reaper",
		  "high" },
		/* started with two functions: which one is stopped? */
		{ "kthread_should_stop() state", "1185,kthread_stop,q->pair",
		  "high" },
		{ "kthread_should_stop() state", "1185,kthread_stop,", "high" },
		/* a file-scope task; a local of another function is not it */
		{ "kthread_should_stop() state", "1185,kthread_stop,g_task",
		  "low" },
		{ "kthread_should_stop() state", "1185,kthread_stop,t", "high" },
	};
	static const char started[] =
		"static void start(struct rq *rq)\n{\n"
		"\trq->task = kthread_run(read_events, rq, \"rq\");\n"
		"\trq->reaper = kthread_create(reap, rq, \"reap\");\n"
		"\trq->pair = kthread_run(read_events, rq, \"a\");\n"
		"\trq->pair = kthread_run(reap, rq, \"b\");\n}\n"
		"static struct task_struct *g_task;\n"
		"static void start_g(void)\n{\n"
		"\tstruct task_struct *t = kthread_run(read_events, 0, \"t\");\n"
		"\tt = kthread_run(read_events, 0, \"t\");\n"
		"\tg_task = kthread_run(read_events, 0, \"g\");\n}\n";
	char path[] = "/tmp/wqcheck-test-judge.XXXXXX";
	int fd = mkstemp(path);
	struct record r;
	struct waiter w[2];
	struct judge_stats st;
	size_t i;

	CHECK(fd >= 0 && write(fd, started, strlen(started)) ==
				 (ssize_t)strlen(started));
	close(fd);
	for (i = 0; i < ARRAY_SIZE(t); i++) {
		int low = !strcmp(t[i].conf, "low");

		waker(&r, "missing-barrier", "high", "&q->wq",
		      "waitqueue_active", "q->state", "1179", "struct rq", "",
		      "", "");
		r.path = xstrdup(path);
		free(r.f[REC_STOP]);
		r.f[REC_STOP] = xstrdup(t[i].stop);
		waiter(&w[0], "fs/x.c", "&q->wq", "struct rq",
		       "kthread_should_stop()@alive *", "", "none");
		waiter(&w[1], "fs/y.c", "&q->wq", "struct rq", t[i].second, "",
		       "none");
		judge_records(&r, 1, w, 2, 1, &st);
		CHECK_STR(r.f[REC_CONFIDENCE], t[i].conf);
		CHECK_INT(st.stopped, low);
		if (low)
			CHECK_STR(r.notes[0].text,
				  "low: kthread_stop() on line 1185 stops the "
				  "read_events() thread after the check on "
				  "every path: every waiter waits in it and "
				  "tests kthread_should_stop()");
		record_free(&r);
		waiter_free(&w[0]);
		waiter_free(&w[1]);
	}
	unlink(path);
}

/* A waiter on g->state that never sleeps while it is IDLE or DONE. */
static void snapshot_waiter(struct waiter *w, const char *reads)
{
	char err[128];
	char *line = xasprintf("wqcheck-waiter-1\tfs/x.c\t40\tsettle\t"
			       "wait_var_event\t&g->state\tstruct portal\t\t"
			       "%s\t\tnone\tg->state != old\t"
			       "g->state|GATE_IDLE,GATE_DONE|&g->lock",
			       reads);

	CHECK_INT(waiter_parse(line, strlen(line), w, err, sizeof(err)), 1);
	free(line);
}

/*
 * The value rule: a store replacing a value no waiter sleeps on. An
 * empty K (a damaged record) is no value; a bare variable another store
 * writes is read by a waiter that tests it (::flag), as judge.c reads
 * it.
 */
static void test_value(void)
{
	static const struct {
		const char *value, *stores, *reads;
		int low;
	} t[] = {
		{ "1178,GATE_DONE,g->state", "", "state", 1 },
		{ "1178,GATE_BUSY,g->state", "", "state", 0 },
		{ "1178,,g->state", "", "state", 0 },
		{ "1178,GATE_DONE,g->state",
		  "1177,2,plain,1,flag;1179,2,plain,1,g->state",
		  "state ::flag", 0 },
	};
	struct record r;
	struct waiter w;
	const struct waiter *wp = &w;
	size_t i;

	for (i = 0; i < ARRAY_SIZE(t); i++) {
		char *note;

		waker(&r, "wake-bit-missing-barrier", "high", "&g->state",
		      "wake_up_var", "g->state", "1179", "struct portal",
		      t[i].stores, "", "1170,struct portal,&g->lock");
		free(r.f[REC_VALUE]);
		r.f[REC_VALUE] = xstrdup(t[i].value);
		snapshot_waiter(&w, t[i].reads);
		note = value_unslept(&r, &wp, 1);
		CHECK_INT(note != NULL, t[i].low);
		if (t[i].low)
			CHECK_STR(note, "low: no waiter sleeps while g->state "
					"is GATE_DONE, the value this store "
					"replaces (tested on line 1178 under "
					"&g->lock)");
		free(note);
		record_free(&r);
		waiter_free(&w);
	}
}

int main(void)
{
	RUN(test_identity);
	RUN(test_identity_bare);
	RUN(test_no_waiter_part_of_tree);
	RUN(test_identity_lookups);
	RUN(test_identity_embedded);
	RUN(test_no_waiter);
	RUN(test_identity_through_member);
	RUN(test_identity_array_type);
	RUN(test_serialised);
	RUN(test_unread);
	RUN(test_unread_sure);
	RUN(test_unread_file_queue);
	RUN(test_renamed);
	RUN(test_repoll);
	RUN(test_bit_unwaited);
	RUN(test_stop);
	RUN(test_value);
	return unit_done();
}
