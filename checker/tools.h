/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * What every scan of a run shares: the semantic patches (the *.cocci
 * files that declare "virtual wqcheck", from $WQCHECK_COCCI_DIR, the
 * cocci/ beside the executable, or the installed copy), spatch and its
 * version, the Python it is to use, the cache, and the rest of the
 * scan's configuration; main.c adds the PATHs.
 */
#ifndef WQCHECK_TOOLS_H
#define WQCHECK_TOOLS_H

#include <stddef.h>

#include "cache.h"
#include "options.h"
#include "scan.h"

struct tools {
	char *dir, *version, **rules;
	char *index_rule; /* cocci/waiters.cocci, or NULL */
	int complete; /* --complete */
	size_t nrules;
	struct cache cache;
	struct scan_config cfg; /* all but the PATHs */
};

/*
 * Find and check them for the options @o; @datadir is where "make
 * install" put the semantic patches. 0, or -1 after an error message
 * (@t is then still to be closed).
 */
int tools_open(const struct options *o, const char *datadir, struct tools *t);
void tools_close(struct tools *t);

#endif
