// SPDX-License-Identifier: GPL-2.0-only
/*
 * The judge: each finding against the waiters of its queue (judge.h says
 * what it decides). The waker's side comes from the record's fields
 * (stores, weak barriers, locks held), the waiter's from the index.
 */
#include "judge.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "identity.h"
#include "judge_bits.h"
#include "judge_stop.h"
#include "judge_unread.h"
#include "judge_value.h"
#include "util.h"

struct store {
	long line, col;
	char *kind;
	int direct;
	char *target;
	char *bit; /* the constant bit of set_bit(B, w) and the like */
};

/*
 * How a wake-up finds its waiters: by a wait queue, by the hash of a
 * word and a bit (wake_up_bit()), or by that of a variable
 * (wake_up_var()). A bit waiter is never woken by wake_up_var() on its
 * word, nor a variable's waiter by wake_up_bit().
 */
enum wake_key { KEY_QUEUE, KEY_BIT, KEY_VAR };

static enum wake_key waker_key(const struct record *r)
{
	const char *c = r->f[REC_CHECK];

	if (strstr(c, "wake_up_bit"))
		return KEY_BIT;
	return strstr(c, "wake_up_var") ? KEY_VAR : KEY_QUEUE;
}

static enum wake_key waiter_key(const struct waiter *w)
{
	const char *form = w->f[W_FORM];

	if (!strncmp(form, "wait_on_bit", 11))
		return KEY_BIT;
	return !strncmp(form, "wait_var_event", 14) ? KEY_VAR : KEY_QUEUE;
}

static int same_key(enum wake_key a, enum wake_key b)
{
	return a == b || a == KEY_QUEUE || b == KEY_QUEUE;
}

/* The waker's side of one finding, parsed from its record. */
struct waker {
	struct ident *queues; /* its own, or those of the helper it calls */
	size_t nqueues;
	char *bit;
	struct store *stores;
	size_t nstores;
	struct ident *locks;
	size_t nlocks;
	enum wake_key key; /* how its wake-up finds the waiters */
	const struct waiter **w; /* the waiters of its queues */
	size_t nw;
	int bit_ordered; /* a test_and_*_bit() of the woken bit before */
};

/* Queue @q of record @r (its type, where it is) joins @k's. */
static void push_queue(struct waker *k, const char *q, const struct record *r)
{
	k->queues = xrealloc(k->queues, (k->nqueues + 1) * sizeof(*k->queues));
	ident_init(&k->queues[k->nqueues++], q, r->f[REC_QUEUE_TYPE],
		   record_where(r));
}

static void add_queue(struct waker *k, const struct record *r)
{
	char *bit = NULL, *q = queue_first_arg(r->f[REC_WAIT_QUEUE], &bit);

	push_queue(k, q, r);
	if (k->key == KEY_QUEUE)
		k->key = waker_key(r);
	if (!k->bit && *r->f[REC_BIT]) {
		k->bit = xstrdup(r->f[REC_BIT]);
	} else if (!k->bit && bit) {
		k->bit = bit;
		bit = NULL;
	}
	free(bit);
	free(q);
}

static int is_call_site(const struct record *r)
{
	return !strcmp(r->f[REC_RULE], "store-in-caller") &&
	       *r->f[REC_STORE_TARGET];
}

/* A helper's own record: it tests the list, the store is in callers. */
static int is_helper_record(const struct record *h, const char *name)
{
	return !*h->f[REC_STORE_TARGET] && !strcmp(h->f[REC_FUNCTION], name) &&
	       !strcmp(h->f[REC_RULE], "store-in-caller");
}

/* A call site, or a storeless call in the helper's file (its callers'). */
static int calls_helper(const struct record *r, const struct record *recs,
			size_t n)
{
	size_t i;

	if (is_call_site(r))
		return 1;
	if (strcmp(r->f[REC_RULE], "store-in-caller"))
		return 0;
	for (i = 0; i < n; i++)
		if (is_helper_record(&recs[i], r->f[REC_CHECK]) &&
		    !strcmp(record_where(&recs[i]), record_where(r)))
			return 1;
	return 0;
}

/*
 * A call of a helper: the queues are the helper's (from its own record;
 * of a storeless call of a helper, that one's, @depth times), and the
 * one the call names: a helper's queue is often its parameter.
 */
static void helper_queues(struct waker *k, const struct record *r,
			  const struct record *recs, size_t n, int depth)
{
	char *bit = NULL, *q = queue_first_arg(r->f[REC_WAIT_QUEUE], &bit);
	size_t i;

	for (i = 0; i < n; i++) {
		if (!is_helper_record(&recs[i], r->f[REC_CHECK]))
			continue;
		if (depth && calls_helper(&recs[i], recs, n))
			helper_queues(k, &recs[i], recs, n, depth - 1);
		else
			add_queue(k, &recs[i]);
	}
	push_queue(k, q, r);
	free(bit);
	free(q);
}

/* The store's statement as written, from the source. */
static char *store_text(const struct record *r, const struct store *s)
{
	char *line = source_line(record_where(r), s->line);
	char *semi, *out;
	size_t col = (size_t)s->col;

	if (!line || col > strlen(line)) {
		free(line);
		return xstrdup(s->target);
	}
	semi = strchr(line + col, ';');
	out = semi ? xstrndup(line + col, (size_t)(semi - line - col)) :
		     xstrdup(line + col);
	free(line);
	return out;
}

/* B of a bit store written set_bit(B, w), __clear_bit(B, w), ...: B. */
static char *store_bit(const struct record *r, const struct store *s)
{
	char *text = store_text(r, s), *bit = bit_of_store(text);

	free(text);
	return bit;
}

static void parse_stores(struct waker *k, const struct record *r)
{
	size_t i, n;
	char ***v = record_list(r->f[REC_STORES], ',', 5, &n);

	if (!n && *r->f[REC_STORE_TARGET]) {
		k->stores = xcalloc(1, sizeof(*k->stores));
		k->stores[0] = (struct store){
			.line = r->store_line,
			.kind = xstrdup(r->f[REC_STORE_KIND]),
			.direct = r->confidence == CONF_HIGH,
			.target = xstrdup(r->f[REC_STORE_TARGET]),
		};
		k->nstores = 1;
	}
	for (i = 0; i < n; i++) {
		k->stores = xrealloc(k->stores,
				     (k->nstores + 1) * sizeof(*k->stores));
		k->stores[k->nstores++] = (struct store){
			.line = atol(v[i][0]),
			.col = atol(v[i][1]),
			.kind = xstrdup(v[i][2]),
			.direct = !strcmp(v[i][3], "1"),
			.target = xstrdup(v[i][4]),
		};
	}
	record_list_free(v, n, 5);
	for (i = 0; i < k->nstores; i++)
		k->stores[i].bit = store_bit(r, &k->stores[i]);
}

static void parse_locks(struct waker *k, const struct record *r)
{
	size_t i, n;
	char ***v = record_list(r->f[REC_LOCKS], ',', 3, &n);

	k->locks = n ? xcalloc(n, sizeof(*k->locks)) : NULL;
	for (i = 0; i < n; i++)
		ident_init(&k->locks[i], v[i][2], v[i][1],
			   record_where(r));
	k->nlocks = n;
	record_list_free(v, n, 3);
}

static void waker_free(struct waker *k)
{
	size_t i;

	for (i = 0; i < k->nqueues; i++)
		ident_free(&k->queues[i]);
	for (i = 0; i < k->nlocks; i++)
		ident_free(&k->locks[i]);
	for (i = 0; i < k->nstores; i++) {
		free(k->stores[i].kind);
		free(k->stores[i].target);
		free(k->stores[i].bit);
	}
	free(k->queues);
	free(k->locks);
	free(k->stores);
	free(k->bit);
	free(k->w);
	memset(k, 0, sizeof(*k));
}

static int waits_on_our_bit(const struct waiter *w, const char *bit)
{
	if (!*w->f[W_BIT] || !bit)
		return 1;
	return !bit_is_constant(w->f[W_BIT]) || !bit_is_constant(bit) ||
	       !strcmp(w->f[W_BIT], bit);
}

static void find_waiters(struct waker *k, const struct waiter *w, size_t nw)
{
	size_t i, j;

	for (i = 0; i < nw; i++)
		for (j = 0; j < k->nqueues; j++)
			if (ident_match(&k->queues[j], &w[i].queue) &&
			    same_key(k->key, waiter_key(&w[i])) &&
			    waits_on_our_bit(&w[i], k->bit)) {
				k->w = xrealloc(k->w, (k->nw + 1) * sizeof(*k->w));
				k->w[k->nw++] = &w[i];
				break;
			}
}

/* Every waiter holds, while it enqueues and tests, a lock we hold. */
static int serialised(const struct waker *k)
{
	size_t i, j, l;

	if (!k->nw || !k->nlocks)
		return 0;
	for (i = 0; i < k->nw; i++) {
		int shared = 0;

		for (j = 0; j < k->w[i]->nlocks && !shared; j++)
			for (l = 0; l < k->nlocks && !shared; l++)
				shared = ident_match(&k->w[i]->locks[j],
						     &k->locks[l]);
		if (!shared)
			return 0;
	}
	return 1;
}

static int all_repoll(const struct waker *k)
{
	size_t i;

	for (i = 0; i < k->nw; i++)
		if (k->w[i]->sleep != SLEEP_REPOLL)
			return 0;
	return k->nw > 0;
}

/*
 * Whether @w reads what @s stored: its member, by name, or a bare
 * variable whose value it reads (::name). A waiter on one bit
 * (wait_on_bit*()) does not read a store to another bit of the word
 * when the waker changed the woken bit with a fully ordered
 * test_and_*_bit() before the check: that RMW orders the bit it waits
 * for, and the other bit is not its condition.
 */
static int reads_store(const struct waker *k, const struct waiter *w,
		       const struct store *s)
{
	char *m = store_read_key(s->target);
	int yes = waiter_reads(w, m);

	free(m);
	if (yes && k->bit_ordered && s->bit && waiter_key(w) == KEY_BIT)
		yes = waiter_reads(w, s->bit);
	return yes;
}

static const struct waiter *reader_of(const struct waker *k,
				      const struct store *s)
{
	size_t i;

	for (i = 0; i < k->nw; i++)
		if (reads_store(k, k->w[i], s))
			return k->w[i];
	return NULL;
}

/* The newest store a waiter reads, or NULL when they read none. */
static const struct store *read_store(const struct waker *k)
{
	const struct store *best = NULL;
	size_t i;

	for (i = 0; i < k->nstores; i++)
		if (reader_of(k, &k->stores[i]) &&
		    (!best || k->stores[i].line > best->line ||
		     (k->stores[i].line == best->line &&
		      k->stores[i].col > best->col)))
			best = &k->stores[i];
	return best;
}

/* Nothing in the index waits on wake_up_bit()'s constant bit. */
static int bit_unwaited(const struct record *r, const struct waker *k,
			const struct waiter *w, size_t nw)
{
	size_t i;

	if (!k->bit || !bit_is_constant(k->bit) ||
	    strstr(r->f[REC_CHECK], "wake_up_bit") == NULL)
		return 0;
	for (i = 0; i < nw; i++) {
		size_t j;

		if (!*w[i].f[W_BIT])
			continue;
		if (bit_is_constant(w[i].f[W_BIT])) {
			if (!strcmp(w[i].f[W_BIT], k->bit))
				return 0;
			continue;
		}
		/* a bit passed in: a waiter of the same word may be ours */
		for (j = 0; j < k->nqueues; j++)
			if (ident_match(&k->queues[j], &w[i].queue))
				return 0;
	}
	return 1;
}

static void lower(struct record *r)
{
	if (r->confidence > CONF_LOW)
		r->confidence--;
	free(r->f[REC_CONFIDENCE]);
	r->f[REC_CONFIDENCE] = xstrdup(confidence_name(r->confidence));
}

static void set_confidence(struct record *r, enum confidence c)
{
	r->confidence = c;
	free(r->f[REC_CONFIDENCE]);
	r->f[REC_CONFIDENCE] = xstrdup(confidence_name(c));
}

/* Low, with @note (taken) saying why, counted in @count. */
static void make_low(struct record *r, char *note, size_t *count)
{
	set_confidence(r, CONF_LOW);
	record_add_note(r, record_where(r), r->line, note);
	(*count)++;
}

static void set_field(struct record *r, enum rec_field f, char *v)
{
	free(r->f[f]);
	r->f[f] = v;
}

/*
 * The rule each test of the wait list is reported under when no weak
 * barrier is involved (cocci/families.py, compared by check-families).
 */
static const struct {
	const char *check, *rule;
} rule_of_check[] = {
	{ "waitqueue_active", "missing-barrier" },
	{ "swait_active", "swait-missing-barrier" },
	{ "wake_up_bit", "wake-bit-missing-barrier" },
	{ "wake_up_var", "wake-bit-missing-barrier" },
	{ "__wake_up_bit", "wake-bit-missing-barrier" },
};

/* The rule of @r's check without a weak barrier: its own if unknown. */
static const char *plain_rule(const struct record *r)
{
	size_t i;

	for (i = 0; i < ARRAY_SIZE(rule_of_check); i++)
		if (!strcmp(r->f[REC_CHECK], rule_of_check[i].check))
			return rule_of_check[i].rule;
	return r->f[REC_RULE];
}

/* The last weak barrier written after @s and before the check. */
static char **weak_after(const struct record *r, const struct store *s)
{
	size_t i, n;
	char ***v = record_list(r->f[REC_WEAK], ',', 4, &n), **found = NULL;

	for (i = 0; i < n; i++) {
		long line = atol(v[i][1]);

		if (line > s->line && line <= r->line) {
			if (found)
				free_strv(found, 4);
			found = v[i];
			v[i] = NULL;
		}
	}
	for (i = 0; i < n; i++)
		if (v[i])
			free_strv(v[i], 4);
	free(v);
	return found;
}

static char *check_call(const struct record *r)
{
	return xasprintf("%s(%s)", r->f[REC_CHECK], r->f[REC_WAIT_QUEUE]);
}

static char *store_message(const struct record *r, const struct store *s,
			   char **weak, const char *fix)
{
	char *call = check_call(r), *m;

	if (weak)
		m = xasprintf("store to %s (line %ld) may be reordered after %s "
			      "in %s(): %s() on line %s %s; replace it with %s",
			      s->target, s->line, call, r->f[REC_FUNCTION],
			      weak[0], weak[1], weak[3], fix);
	else
		m = xasprintf("store to %s (line %ld) may be reordered after %s "
			      "in %s(): a waiter can miss the wake-up; add %s "
			      "before the check",
			      s->target, s->line, call, r->f[REC_FUNCTION], fix);
	free(call);
	return m;
}

/* Name @s as the store of @r: message, rule, fix and barrier follow. */
static void rename_store(struct record *r, const struct store *s)
{
	char **weak = weak_after(r, s);
	const char *fix = weak || strcmp(s->kind, "atomic-rmw") ?
				  "smp_mb()" :
				  "smp_mb__after_atomic()";

	set_field(r, REC_STORE_TARGET, xstrdup(s->target));
	set_field(r, REC_STORE_EXPR, store_text(r, s));
	set_field(r, REC_STORE_LINE, xasprintf("%ld", s->line));
	set_field(r, REC_STORE_KIND, xstrdup(s->kind));
	set_field(r, REC_SUGGESTED_FIX, xstrdup(fix));
	set_field(r, REC_RULE, xstrdup(weak ? "wrong-barrier" : plain_rule(r)));
	set_field(r, REC_WRONG_BARRIER, xstrdup(weak ? weak[0] : ""));
	set_field(r, REC_WRONG_BARRIER_LINE, xstrdup(weak ? weak[1] : ""));
	set_field(r, REC_MESSAGE, store_message(r, s, weak, fix));
	r->store_line = s->line;
	r->wrong_barrier_line = weak ? atol(weak[1]) : 0;
	if (s->direct)
		set_field(r, REC_BETWEEN, xstrdup(""));
	set_confidence(r, s->direct ? CONF_HIGH : CONF_MEDIUM);
	if (weak)
		free_strv(weak, 4);
}

static const char *sleep_words(const struct waiter *w)
{
	if (w->sleep == SLEEP_REPOLL)
		return " (re-polling on a timeout)";
	if (w->sleep == SLEEP_TIMEOUT)
		return " (with a timeout)";
	return "";
}

/* What the waiter reads of the stores, in words. */
static char *reads_words(const struct waiter *w, const struct store *s)
{
	char *m = s ? store_read_key(s->target) : NULL;
	const char *where = m ? waiter_reads_where(w, m) : "";
	char *text;

	if (s && *where)
		text = xasprintf("reads %s in %s()", s->target, where);
	else if (s)
		text = xasprintf("reads %s", s->target);
	else if (w->reads_any || w->reads_alias)
		text = xasprintf("reads none of the stores before the check by "
				 "name (it also %s)",
				 w->reads_any ? "calls functions of other files" :
						"reads through a pointer it "
						"does not name");
	else
		text = xstrdup("reads none of the stores before the check");
	free(m);
	return text;
}

/* "waiter read_events() sleeps in prepare_to_wait_event() and reads ..." */
static char *waiter_note(const struct waiter *w, const struct store *s,
			 int stores)
{
	char *reads;

	if (!stores)
		return xasprintf("waiter %s() sleeps in %s()%s",
				 w->f[W_FUNCTION], w->f[W_FORM],
				 sleep_words(w));
	reads = reads_words(w, s);
	char *text = xasprintf("waiter %s() sleeps in %s()%s and %s",
			       w->f[W_FUNCTION], w->f[W_FORM], sleep_words(w),
			       reads);

	free(reads);
	return text;
}

/* The newest store that @w reads by name, or NULL. */
static const struct store *store_read_by(const struct waker *k,
					 const struct waiter *w)
{
	size_t j;

	for (j = k->nstores; j-- > 0;)
		if (reads_store(k, w, &k->stores[j]))
			return &k->stores[j];
	return NULL;
}

/* At most MAX_NOTES waiters are named, those that read a store first. */
#define MAX_NOTES 4

static void add_notes(struct record *r, const struct waker *k)
{
	size_t i, shown = 0;
	int pass;

	for (pass = 0; pass < 2; pass++)
		for (i = 0; i < k->nw && shown < MAX_NOTES; i++) {
			const struct waiter *w = k->w[i];
			const struct store *s = store_read_by(k, w);

			if ((s == NULL) != pass)
				continue;
			record_add_note(r, w->f[W_FILE], w->line,
					waiter_note(w, s, k->nstores > 0));
			shown++;
		}
	if (k->nw > shown)
		record_add_note(r, record_where(r), r->line,
				xasprintf("and %zu more waiters of the queue",
					  k->nw - shown));
}

static int same_store(const struct record *r, const struct store *s)
{
	return r->store_line == s->line &&
	       !strcmp(r->f[REC_STORE_TARGET], s->target);
}

/* No waiter can read the stores (judge_unread.h says when we ask). */
static int surely_unread(const struct record *r, const struct waker *k)
{
	const char **t;
	size_t i;
	int yes;

	if (k->key != KEY_QUEUE || is_call_site(r) || r->confidence != CONF_HIGH)
		return 0;
	t = xcalloc(k->nstores, sizeof(*t));
	for (i = 0; i < k->nstores; i++)
		t[i] = k->stores[i].target;
	yes = stores_certainly_unread(k->queues, k->nqueues, k->w, k->nw, t,
				      k->nstores);
	free(t);
	return yes;
}

/* What no waiter does to the stores, by the kinds of their targets. */
static const char *unread_words(const struct waker *k)
{
	size_t i, bare = 0;

	for (i = 0; i < k->nstores; i++)
		bare += target_is_bare(k->stores[i].target) != 0;
	if (!bare)
		return "reads a member";
	return bare == k->nstores ? "tests a variable" :
				    "reads a member or tests a variable";
}

/* The store, the confidence and the notes, once the waiters are known. */
static void judge_stores(struct record *r, struct waker *k, int whole_tree,
			 struct judge_stats *st)
{
	const struct store *s = read_store(k);

	if (!s && k->nstores && whole_tree && surely_unread(r, k)) {
		make_low(r,
			 xasprintf("low: no waiter of the queue %s these "
				   "stores write", unread_words(k)),
			 &st->unread_sure);
	} else if (!s && k->nstores) {
		lower(r);
		st->unread++;
	} else if (s && is_call_site(r) && r->confidence == CONF_LOW) {
		set_confidence(r, s->direct ? CONF_HIGH : CONF_MEDIUM);
		st->raised++;
	} else if (s && !is_call_site(r) && !same_store(r, s)) {
		rename_store(r, s);
		st->restored++;
	}
	if (all_repoll(k)) {
		/* a hint: a missed wake-up costs the waiter one nap */
		make_low(r,
			 xstrdup("low: every waiter re-polls on a timeout, so "
				 "a missed wake-up only delays it"),
			 &st->repoll);
	}
}

/* Low: the store replaces a value no waiter sleeps on (judge_value.h). */
static void judge_value(struct record *r, const struct waker *k,
			struct judge_stats *st)
{
	char *note = r->confidence > CONF_LOW ? value_unslept(r, k->w, k->nw) :
						NULL;

	if (!note)
		return;
	make_low(r, note, &st->unslept);
}

static void judge_one(struct record *r, const struct record *recs, size_t n,
		      const struct waiter *w, size_t nw, int whole_tree,
		      struct judge_stats *st)
{
	struct waker k = { 0 };
	char *stop;

	if (calls_helper(r, recs, n))
		helper_queues(&k, r, recs, n, 2);
	else
		add_queue(&k, r);
	parse_stores(&k, r);
	parse_locks(&k, r);
	k.bit_ordered = k.bit && bit_is_constant(k.bit) &&
			bit_rmw_before(r, k.bit);
	find_waiters(&k, w, nw);
	if (k.nw)
		st->judged++;
	if (serialised(&k)) {
		set_confidence(r, CONF_NONE);
		st->serialised++;
	} else if (k.nw && k.nstores) {
		judge_stores(r, &k, whole_tree, st);
		judge_value(r, &k, st);
	} else if (whole_tree && bit_unwaited(r, &k, w, nw)) {
		make_low(r,
			 xasprintf("low: nothing in the tree waits on bit %s",
				   k.bit),
			 &st->no_bit_waiter);
	} else if (whole_tree && !k.nw && k.nqueues &&
		   r->confidence > CONF_LOW) {
		/* a waiter the index cannot see stays possible: one level */
		lower(r);
		record_add_note(r, record_where(r), r->line,
				xstrdup("one level lower: no waiter of the queue "
					"in the tree"));
		st->no_waiter++;
	}
	stop = r->confidence > CONF_LOW ? stop_note(r, k.w, k.nw) : NULL;
	if (stop) {
		/* it stops the thread every waiter waits in, after the check */
		make_low(r, stop, &st->stopped);
	}
	add_notes(r, &k);
	waker_free(&k);
}

void judge_records(struct record *recs, size_t n, const struct waiter *w,
		   size_t nw, int whole_tree, struct judge_stats *st)
{
	size_t i;

	memset(st, 0, sizeof(*st));
	for (i = 0; i < n; i++)
		if (strcmp(recs[i].f[REC_RULE], "waiter-no-barrier"))
			judge_one(&recs[i], recs, n, w, nw, whole_tree, st);
	source_line(NULL, 0);
}
