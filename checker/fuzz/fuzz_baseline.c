// SPDX-License-Identifier: GPL-2.0-only
/*
 * Fuzz the baseline files (baseline.c). The first byte picks one of:
 *   - even: the rest is a baseline file; load it and hide a few findings
 *     made from its own lines (no crash, no leak, no overread);
 *   - odd: the rest, split at NUL bytes, gives findings five fields at a
 *     time (path, rule, function, wait queue, store); write them with
 *     baseline_write(), load the file back and hide: every finding must
 *     be hidden, whatever bytes its fields hold (tabs, newlines,
 *     backslashes, '#', carriage returns), and nothing else.
 */
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "../baseline.h"
#include "../util.h"
#include "fuzz.h"

#define MAX_FINDINGS 16

static char *dir;

static void remove_dir(void)
{
	char *f = path_join(dir, "base.txt");

	unlink(f);
	free(f);
	rmdir(dir);
	free(dir);
}

static const char *scratch_dir(void)
{
	if (!dir) {
		const char *t = getenv("TMPDIR");

		dir = xasprintf("%s/wqcheck-fuzz-XXXXXX", t && *t ? t : "/tmp");
		FUZZ_ASSERT(mkdtemp(dir));
		atexit(remove_dir);
	}
	return dir;
}

static struct record *finding(char **fields)
{
	struct record *r = xcalloc(1, sizeof(*r));
	int i;

	for (i = 0; i < REC_NFIELDS; i++)
		r->f[i] = xstrdup("");
	r->path = xstrdup(fields[0]);
	free(r->f[REC_RULE]);
	r->f[REC_RULE] = xstrdup(fields[1]);
	free(r->f[REC_FUNCTION]);
	r->f[REC_FUNCTION] = xstrdup(fields[2]);
	free(r->f[REC_WAIT_QUEUE]);
	r->f[REC_WAIT_QUEUE] = xstrdup(fields[3]);
	free(r->f[REC_STORE_EXPR]);
	r->f[REC_STORE_EXPR] = xstrdup(fields[4]);
	return r;
}

static void free_findings(struct record **v, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		record_free(v[i]);
		free(v[i]);
	}
}

/* Load @data as a baseline file through a memfd. */
static void load(const uint8_t *data, size_t size)
{
	struct record *v[MAX_FINDINGS], *all[MAX_FINDINGS];
	struct baseline b;
	char *path, *text;
	size_t n = 0, left, i;
	int fd = memfd_create("baseline", 0);

	FUZZ_ASSERT(fd >= 0);
	FUZZ_ASSERT(write_all(fd, (const char *)data, size) == 0);
	path = xasprintf("/proc/self/fd/%d", fd);
	if (baseline_load(path, &b)) {
		free(path);
		close(fd);
		return;
	}
	/* Findings named after the first lines' first fields. */
	text = xstrndup((const char *)data, size);
	for (i = 0; i < MAX_FINDINGS && i < b.n; i++) {
		char *f[5] = { b.keys[i], "r", "f", "q", "s" };

		v[n] = finding(f);
		all[n] = v[n];
		n++;
	}
	left = n;
	i = baseline_hide(&b, v, &left);
	FUZZ_ASSERT(i + left == n);
	free_findings(all, n);
	free(text);
	baseline_free(&b);
	free(path);
	close(fd);
}

static void round_trip(const uint8_t *data, size_t size)
{
	struct record *v[MAX_FINDINGS], *all[MAX_FINDINGS];
	char *buf = xmalloc(size + 1), *fields[5], *file;
	struct baseline b;
	size_t n = 0, k = 0, start = 0, i, left;

	memcpy(buf, data, size);
	buf[size] = '\0';
	for (i = 0; i <= size && n < MAX_FINDINGS; i++) {
		if (i < size && buf[i])
			continue;
		buf[i] = '\0';
		fields[k++] = buf + start;
		start = i + 1;
		if (k == 5) {
			v[n] = finding(fields);
			all[n] = v[n];
			n++;
			k = 0;
		}
	}
	file = path_join(scratch_dir(), "base.txt");
	FUZZ_ASSERT(baseline_write(file, v, n) == 0);
	FUZZ_ASSERT(baseline_load(file, &b) == 0);
	FUZZ_ASSERT(b.n == n);
	left = n;
	FUZZ_ASSERT(baseline_hide(&b, v, &left) == n);
	FUZZ_ASSERT(left == 0);
	baseline_free(&b);
	free_findings(all, n);
	free(file);
	free(buf);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (!size)
		return 0;
	if (data[0] & 1)
		round_trip(data + 1, size - 1);
	else
		load(data + 1, size - 1);
	return 0;
}
