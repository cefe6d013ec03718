// SPDX-License-Identifier: GPL-2.0-only
/*
 * SARIF 2.1.0, built with json-c, for code-scanning services. Files and
 * functions that were not checked become toolExecutionNotifications, so
 * an incomplete scan shows in the service and not only in a log.
 */
#include <stdlib.h>
#include <string.h>

#include "baseline.h"
#include "format.h"
#include "json_out.h"
#include "util.h"

#define SARIF_SCHEMA "https://json.schemastore.org/sarif-2.1.0.json"

struct rule_doc {
	const char *id, *name, *short_text, *full_text;
};

#define WHY                                                                   \
	"The check reads the wait list without the queue's lock. Without a "  \
	"full memory barrier between the waker's store to the condition and " \
	"that read, the CPU may do the read first: the waiter enqueues "      \
	"itself and sees the old condition, the waker sees no waiter and "    \
	"does not wake it. "

/*
 * The rules cocci/waitqueue_active.cocci reports, as SARIF describes them,
 * in the order of cocci/families.py (cocci/check-families compares them).
 */
static const struct rule_doc known_rules[] = {
	{ "missing-barrier", "MissingBarrierBeforeWaitqueueActive",
	  "A store may be reordered after waitqueue_active(): lost wake-up",
	  WHY "Put smp_mb() between the store and waitqueue_active() "
	      "(smp_mb__after_atomic() after an atomic read-modify-write that "
	      "returns no value), or use wq_has_sleeper(), which has the "
	      "barrier built in." },
	{ "swait-missing-barrier", "MissingBarrierBeforeSwaitActive",
	  "A store may be reordered after swait_active(): lost wake-up",
	  WHY "Put smp_mb() between the store and swait_active(), or use "
	      "swq_has_sleeper(), which has the barrier built in." },
	{ "wake-bit-missing-barrier", "MissingBarrierBeforeWakeUpBit",
	  "A store may be reordered after the check in wake_up_bit() or "
	  "wake_up_var(): lost wake-up",
	  WHY "wake_up_bit() and wake_up_var() test the wait queue without a "
	      "barrier: after clear_bit() put smp_mb__after_atomic() before "
	      "them, after a plain store smp_mb(), or use "
	      "clear_and_wake_up_bit()." },
	{ "wrong-barrier", "WrongBarrierBeforeWaitListTest",
	  "The barrier between a store and the check does not order them: "
	  "lost wake-up",
	  WHY "smp_wmb(), wmb(), smp_rmb(), rmb(), barrier(), "
	      "smp_acquire__after_ctrl_dep(), and smp_mb__before_atomic() or "
	      "smp_mb__after_atomic() with no atomic read-modify-write next to "
	      "them, do not order a store before a later load. Replace the "
	      "barrier with smp_mb()." },
	{ "store-in-caller", "MissingBarrierStoreInCaller",
	  "No full barrier before the check in a function that stores "
	  "nothing: a caller's store may be reordered after it",
	  WHY "The function holding the check makes no store itself; the "
	      "store is in its callers. Put smp_mb() before the check, or in "
	      "each caller after its store." },
	{ "waiter-no-barrier", "WaiterNoBarrierAfterEnqueue",
	  "A waiter enqueues with add_wait_queue() and sleeps with no full "
	  "barrier after the enqueue: lost wake-up",
	  "The unlock at the end of add_wait_queue() does not order the "
	  "waiter's later load of its condition: a waker that tests the wait "
	  "list without the queue's lock can see it empty while the waiter "
	  "reads the old condition, and nobody wakes the waiter. Set the task "
	  "state with set_current_state() after add_wait_queue(), or use "
	  "prepare_to_wait() or wait_event*()." },
};

static json_object *text_obj(const char *text)
{
	json_object *o = json_object_new_object();

	json_put_str(o, "text", text);
	return o;
}

/* A URI reference for a path: unreserved characters stay, others %XX. */
static char *path_uri(const char *path)
{
	static const char hex[] = "0123456789ABCDEF";
	struct strbuf sb = { 0 };
	const unsigned char *p;

	if (path[0] == '/')
		sb_puts(&sb, "file://");
	for (p = (const unsigned char *)path; *p; p++) {
		if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
		    (*p >= '0' && *p <= '9') || strchr("-._~/", *p)) {
			sb_putc(&sb, (char)*p);
		} else {
			sb_putc(&sb, '%');
			sb_putc(&sb, hex[*p >> 4]);
			sb_putc(&sb, hex[*p & 15]);
		}
	}
	return sb_detach(&sb);
}

static json_object *location(const char *path, long line, long col,
			     long end_col)
{
	json_object *loc = json_object_new_object();
	json_object *phys = json_object_new_object();
	json_object *art = json_object_new_object();
	char *uri = path_uri(path);

	json_put_str(art, "uri", uri);
	free(uri);
	json_object_object_add(phys, "artifactLocation", art);
	if (line > 0) {
		json_object *reg = json_object_new_object();

		json_put_int(reg, "startLine", line);
		if (col > 0)
			json_put_int(reg, "startColumn", col);
		if (end_col > col)
			json_put_int(reg, "endColumn", end_col);
		json_object_object_add(phys, "region", reg);
	}
	json_object_object_add(loc, "physicalLocation", phys);
	return loc;
}

static const struct rule_doc *find_doc(const char *id)
{
	size_t i;

	for (i = 0; i < ARRAY_SIZE(known_rules); i++)
		if (!strcmp(known_rules[i].id, id))
			return &known_rules[i];
	return NULL;
}

/* The rules: the known ones, then any other id the records used. */
static json_object *rules(const struct report *r, char ***ids, size_t *nids)
{
	json_object *a = json_object_new_array();
	size_t i, k;

	*ids = xcalloc(ARRAY_SIZE(known_rules) + r->n, sizeof(**ids));
	*nids = 0;
	for (i = 0; i < ARRAY_SIZE(known_rules); i++)
		(*ids)[(*nids)++] = (char *)known_rules[i].id;
	for (i = 0; i < r->n; i++) {
		for (k = 0; k < *nids; k++)
			if (!strcmp((*ids)[k], r->v[i]->f[REC_RULE]))
				break;
		if (k == *nids)
			(*ids)[(*nids)++] = r->v[i]->f[REC_RULE];
	}
	for (k = 0; k < *nids; k++) {
		const struct rule_doc *d = find_doc((*ids)[k]);
		json_object *o = json_object_new_object(), *cfg, *props, *tags;

		json_put_str(o, "id", (*ids)[k]);
		if (d) {
			json_put_str(o, "name", d->name);
			json_object_object_add(o, "shortDescription",
					       text_obj(d->short_text));
			json_object_object_add(o, "fullDescription",
					       text_obj(d->full_text));
			json_object_object_add(o, "help",
					       text_obj(d->full_text));
		}
		cfg = json_object_new_object();
		json_put_str(cfg, "level", "warning");
		json_object_object_add(o, "defaultConfiguration", cfg);
		props = json_object_new_object();
		tags = json_object_new_array();
		json_object_array_add(tags, json_str("concurrency"));
		json_object_array_add(tags, json_str("memory-ordering"));
		json_object_object_add(props, "tags", tags);
		json_object_object_add(o, "properties", props);
		json_object_array_add(a, o);
	}
	return a;
}

/* The waiters the judge paired with the finding (--waiters). */
static void related_waiters(json_object *a, const struct record *rec, int id)
{
	size_t i;

	for (i = 0; i < rec->nnotes; i++) {
		json_object *loc = location(rec->notes[i].file,
					    rec->notes[i].line, 0, 0);

		json_put_int(loc, "id", id++);
		json_object_object_add(loc, "message",
				       text_obj(rec->notes[i].text));
		json_object_array_add(a, loc);
	}
}

static json_object *related(const struct record *rec)
{
	json_object *a = json_object_new_array(), *loc;
	int id = 1;

	if (rec->store_line > 0) {
		char *msg = xasprintf("store: %s", rec->f[REC_STORE_EXPR]);

		loc = location(rec->path, rec->store_line, 0, 0);
		json_put_int(loc, "id", id++);
		json_object_object_add(loc, "message", text_obj(msg));
		json_object_array_add(a, loc);
		free(msg);
	}
	if (rec->wake_line > 0) {
		char *msg = xasprintf("wake-up: %s()", rec->f[REC_WAKE]);

		loc = location(rec->path, rec->wake_line, 0, 0);
		json_put_int(loc, "id", id++);
		json_object_object_add(loc, "message", text_obj(msg));
		json_object_array_add(a, loc);
		free(msg);
	}
	related_waiters(a, rec, id);
	return a;
}

static json_object *region_obj(long line, long col, long end_col)
{
	json_object *reg = json_object_new_object();

	json_put_int(reg, "startLine", line);
	json_put_int(reg, "startColumn", col);
	json_put_int(reg, "endLine", line);
	json_put_int(reg, "endColumn", end_col);
	return reg;
}

/*
 * The fix the record points at: a wrong barrier's line becomes the
 * suggested one; otherwise the barrier goes on a line of its own before
 * the statement holding the check, indented like it.
 */
static json_object *fixes(const struct record *rec)
{
	long line = rec->wrong_barrier_line ? rec->wrong_barrier_line :
					      rec->stmt_line;
	char *src = line ? source_line(rec->path, line) : NULL;
	json_object *a, *fix, *changes, *change, *reps, *rep, *art;
	char *uri, *text, *desc;
	size_t indent;

	if (!src)
		return NULL;
	indent = strspn(src, " \t");
	if (rec->wrong_barrier_line) {
		text = xasprintf("%.*s%s;", (int)indent, src,
				 rec->f[REC_SUGGESTED_FIX]);
		desc = xasprintf("replace %s() with %s",
				 rec->f[REC_WRONG_BARRIER],
				 rec->f[REC_SUGGESTED_FIX]);
		rep = json_object_new_object();
		json_object_object_add(rep, "deletedRegion",
				       region_obj(line, 1,
						  (long)strlen(src) + 1));
	} else {
		text = xasprintf("%.*s%s;\n", (int)indent, src,
				 rec->f[REC_SUGGESTED_FIX]);
		desc = xasprintf("add %s before the check",
				 rec->f[REC_SUGGESTED_FIX]);
		rep = json_object_new_object();
		json_object_object_add(rep, "deletedRegion",
				       region_obj(line, 1, 1));
	}
	json_object_object_add(rep, "insertedContent", text_obj(text));
	reps = json_object_new_array();
	json_object_array_add(reps, rep);
	art = json_object_new_object();
	uri = path_uri(rec->path);
	json_put_str(art, "uri", uri);
	change = json_object_new_object();
	json_object_object_add(change, "artifactLocation", art);
	json_object_object_add(change, "replacements", reps);
	changes = json_object_new_array();
	json_object_array_add(changes, change);
	fix = json_object_new_object();
	json_object_object_add(fix, "description", text_obj(desc));
	json_object_object_add(fix, "artifactChanges", changes);
	a = json_object_new_array();
	json_object_array_add(a, fix);
	free(uri);
	free(text);
	free(desc);
	free(src);
	return a;
}

static json_object *properties(const struct record *rec)
{
	json_object *p = json_object_new_object();

	json_put_str(p, "confidence", rec->f[REC_CONFIDENCE]);
	json_put_str(p, "check", rec->f[REC_CHECK]);
	json_put_str(p, "waitQueue", rec->f[REC_WAIT_QUEUE]);
	json_put_str(p, "store", rec->f[REC_STORE_EXPR]);
	json_put_str(p, "storeKind", rec->f[REC_STORE_KIND]);
	json_put_str(p, "wake", rec->f[REC_WAKE]);
	json_put_str(p, "between", rec->f[REC_BETWEEN]);
	json_put_str(p, "suggestedFix", rec->f[REC_SUGGESTED_FIX]);
	return p;
}

static json_object *result(const struct record *rec, char **ids, size_t nids)
{
	json_object *o = json_object_new_object(), *locs, *loc, *lls, *ll, *fps,
		    *fx;
	char *fp = baseline_fingerprint(rec);
	size_t k;

	for (k = 0; k < nids && strcmp(ids[k], rec->f[REC_RULE]); k++)
		;
	json_put_str(o, "ruleId", rec->f[REC_RULE]);
	json_put_int(o, "ruleIndex", (int)k);
	json_put_str(o, "level", "warning");
	json_object_object_add(o, "message", text_obj(rec->f[REC_MESSAGE]));
	loc = location(rec->path, rec->line, report_column(rec),
		       rec->column_end + 1);
	lls = json_object_new_array();
	ll = json_object_new_object();
	json_put_str(ll, "name", rec->f[REC_FUNCTION]);
	json_put_str(ll, "kind", "function");
	json_object_array_add(lls, ll);
	json_object_object_add(loc, "logicalLocations", lls);
	locs = json_object_new_array();
	json_object_array_add(locs, loc);
	json_object_object_add(o, "locations", locs);
	json_object_object_add(o, "relatedLocations", related(rec));
	fps = json_object_new_object();
	json_put_str(fps, "wqcheck/v1", fp);
	json_object_object_add(o, "partialFingerprints", fps);
	fx = fixes(rec);
	if (fx)
		json_object_object_add(o, "fixes", fx);
	json_object_object_add(o, "properties", properties(rec));
	free(fp);
	return o;
}

static json_object *notification(const char *path, long line, const char *msg)
{
	json_object *n = json_object_new_object(), *locs;

	json_put_str(n, "level", "warning");
	json_object_object_add(n, "message", text_obj(msg));
	locs = json_object_new_array();
	json_object_array_add(locs, location(path, line, 0, 0));
	json_object_object_add(n, "locations", locs);
	return n;
}

static json_object *invocation(const struct scan_result *s)
{
	json_object *inv = json_object_new_object();
	json_object *notes = json_object_new_array();
	size_t i;

	for (i = 0; i < s->nnc; i++) {
		char *msg = xasprintf("not checked: %s", s->nc[i].reason);

		json_object_array_add(notes,
				      notification(s->nc[i].path, 0, msg));
		free(msg);
	}
	for (i = 0; i < s->nunparsed; i++) {
		const struct unparsed *u = &s->unparsed[i];
		char *msg = u->function ?
				    xasprintf("%s() not checked: Coccinelle "
					      "could not parse it",
					      u->function) :
				    xstrdup("not checked: Coccinelle could "
					    "not parse these lines");

		json_object_array_add(notes,
				      notification(u->path, u->line, msg));
		free(msg);
	}
	for (i = 0; i < s->nuna; i++) {
		const struct unanalysed *u = &s->una[i];
		char *msg = xasprintf("%s() not analysed: %s", u->test, u->why);

		json_object_array_add(notes,
				      notification(u->path, u->line, msg));
		free(msg);
	}
	json_object_object_add(inv, "executionSuccessful",
			       json_object_new_boolean(s->nnc == 0));
	json_object_object_add(inv, "toolExecutionNotifications", notes);
	return inv;
}

int format_sarif(FILE *out, const struct report *r)
{
	json_object *root = json_object_new_object(), *runs, *run, *tool,
		    *driver, *results, *invs;
	char **ids;
	size_t nids, i;
	int ret;

	json_put_str(root, "$schema", SARIF_SCHEMA);
	json_put_str(root, "version", "2.1.0");
	driver = json_object_new_object();
	json_put_str(driver, "name", "wqcheck");
	json_put_str(driver, "version", WQCHECK_VERSION);
	json_put_str(driver, "semanticVersion", WQCHECK_VERSION);
	json_put_str(driver, "informationUri", WQCHECK_URI);
	json_object_object_add(driver, "rules", rules(r, &ids, &nids));
	tool = json_object_new_object();
	json_object_object_add(tool, "driver", driver);
	run = json_object_new_object();
	json_object_object_add(run, "tool", tool);
	invs = json_object_new_array();
	json_object_array_add(invs, invocation(r->scan));
	json_object_object_add(run, "invocations", invs);
	json_put_str(run, "columnKind", "unicodeCodePoints");
	results = json_object_new_array();
	for (i = 0; i < r->n; i++)
		json_object_array_add(results, result(r->v[i], ids, nids));
	json_object_object_add(run, "results", results);
	runs = json_object_new_array();
	json_object_array_add(runs, run);
	json_object_object_add(root, "runs", runs);
	ret = json_write(out, root);
	free(ids);
	source_line(NULL, 0);
	return ret;
}
