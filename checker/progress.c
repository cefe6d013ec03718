// SPDX-License-Identifier: GPL-2.0-only
/* The progress line. */
#include "progress.h"

#include <stdio.h>

#include "results.h"
#include "util.h"

/* Whether the line is on the screen: the warning hook has no argument. */
static int progress_drawn;

static void clear_progress(void)
{
	if (progress_drawn) {
		fputs("\r\033[K", stderr);
		progress_drawn = 0;
	}
}

void progress_start(struct progress *p, int on, enum confidence min,
		    const struct scan_result *res)
{
	*p = (struct progress){ .on = on, .min = min, .res = res };
	p->t0 = now_seconds();
	wq_set_warn_hook(clear_progress);
}

/* Counted at each drawing: records are dropped as well as added. */
static size_t findings_shown(const struct progress *p)
{
	size_t i, n = 0;

	for (i = 0; i < p->res->nrecs; i++)
		n += p->res->recs[i].confidence >= p->min;
	return n;
}

void progress_draw(struct progress *p, const char *what, size_t done,
		   size_t total)
{
	double now = now_seconds();
	size_t shown;

	if (!p->on || now - p->last_draw < 0.1)
		return;
	p->last_draw = now;
	shown = findings_shown(p);
	fprintf(stderr,
		"\r\033[Kwqcheck: %s %zu/%zu files, %zu finding%s, %.1f s",
		what, done, total, shown, shown == 1 ? "" : "s", now - p->t0);
	progress_drawn = 1;
}

void progress_stop(void)
{
	clear_progress();
	wq_set_warn_hook(NULL);
}
