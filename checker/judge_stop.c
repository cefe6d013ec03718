// SPDX-License-Identifier: GPL-2.0-only
/* A kthread_stop() that wakes every waiter anyway (judge_stop.h). */
#include "judge_stop.h"

#include <stdlib.h>
#include <string.h>

#include "tokens.h"
#include "util.h"

/* The calls that start a thread: their first argument is its function. */
static int starts_thread(const struct toks *tk, size_t i)
{
	static const char *const start[] = { "kthread_run",
					     "kthread_create",
					     "kthread_create_on_node",
					     "kthread_create_on_cpu",
					     "kthread_run_on_cpu",
					     NULL };

	return toks_is_any(tk, i, start);
}

/*
 * Whether @f at @i stores the task @task names: its tokens from @from
 * (1: a pointer's root, a parameter or local whose name differs from
 * function to function) and "=". Returns the token after "=", or 0.
 */
static size_t stores_task(const struct toks *f, size_t i,
			  const struct toks *task, size_t from)
{
	size_t j;

	if (from ? !toks_ident(f, i) :
		   i && (toks_is(f, i - 1, ".") || toks_is(f, i - 1, ">")))
		return 0;
	for (j = from; j < task->n; j++)
		if (!toks_same(f, i + j, task, j))
			return 0;
	i += task->n;
	return toks_is(f, i, "=") ? i + 1 : 0;
}

/*
 * Whether the variable @t (one token) is declared at file scope in @f:
 * a local of that name in one function is not the one another stops.
 */
static int file_scope(const struct toks *f, const struct toks *t)
{
	size_t i;
	int depth = 0;

	for (i = 0; i < f->n; i++) {
		if (toks_is(f, i, "{"))
			depth++;
		else if (toks_is(f, i, "}") && depth)
			depth--;
		else if (!depth && toks_same(f, i, t, 0) &&
			 !toks_is(f, i + 1, "("))
			return 1;
	}
	return 0;
}

/*
 * The function the file at @path starts @task with (t = kthread_run(fn,
 * ...)), malloc'ed; NULL when it starts none there, or several, or
 * @task is one name the file does not declare at file scope.
 */
static char *thread_fn(const char *path, const char *task)
{
	struct toks f, t;
	char *buf, *fn = NULL;
	size_t len, i, from, c;
	int ambiguous;

	if (!*task || read_file(path, &buf, &len))
		return NULL;
	toks_lex(&f, buf, len, 0);
	toks_lex(&t, task, strlen(task), 0);
	from = toks_ident(&t, 0) && toks_is(&t, 1, "-");
	ambiguous = t.n == 1 && !file_scope(&f, &t);
	for (i = 0; i < f.n && !ambiguous && t.n; i++) {
		c = stores_task(&f, i, &t, from);
		if (!c || !starts_thread(&f, c) || !toks_is(&f, c + 1, "(") ||
		    !toks_ident(&f, c + 2) || !toks_is(&f, c + 3, ","))
			continue;
		if (!fn)
			fn = toks_text(&f, c + 2);
		else
			ambiguous = !toks_is(&f, c + 2, fn);
	}
	toks_free(&t);
	toks_free(&f);
	free(buf);
	if (ambiguous) {
		free(fn);
		return NULL;
	}
	return fn;
}

char *stop_note(const struct record *r, const struct waiter *const *w,
		size_t nw)
{
	const char *name = strchr(r->f[REC_STOP], ','), *task;
	long line = atol(r->f[REC_STOP]);
	char *stop, *fn, *note = NULL;
	size_t i;

	task = name ? strchr(name + 1, ',') : NULL;
	if (line < 1 || !task || task == name + 1 || !nw)
		return NULL;
	for (i = 0; i < nw; i++)
		if (!waiter_reads(w[i], STOP_READ))
			return NULL;
	fn = thread_fn(record_where(r), task + 1);
	for (i = 0; fn && i < nw; i++)
		if (strcmp(w[i]->f[W_FUNCTION], fn))
			break;
	stop = xstrndup(name + 1, (size_t)(task - name - 1));
	if (fn && i == nw)
		note = xasprintf("low: %s() on line %ld stops the %s() thread "
				 "after the check on every path: every waiter "
				 "waits in it and tests kthread_should_stop()",
				 stop, line, fn);
	free(stop);
	free(fn);
	return note;
}
