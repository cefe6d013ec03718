// SPDX-License-Identifier: GPL-2.0-only
/*
 * One helper program at a time. A directory is entered through sh -c so
 * that run_jobs(), which spawns without changing directory, can be used
 * as it is.
 */
#include "cmd.h"

#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "run.h"

static void job_done(struct job *job, void *arg)
{
	(void)job;
	(void)arg;
}

int cmd_run(const char *dir, const char *const *argv, double limit,
	    struct strbuf *out, struct strbuf *err)
{
	struct job job;
	size_t n = 0, i, k = 0;
	char **v;
	int ret = -1;

	while (argv[n])
		n++;
	v = xcalloc(n + 5, sizeof(*v));
	if (dir) {
		v[k++] = "sh";
		v[k++] = "-c";
		v[k++] = "cd -- \"$0\" || exit 127; exec \"$@\"";
		v[k++] = (char *)dir;
	}
	for (i = 0; i < n; i++)
		v[k++] = (char *)argv[i];
	memset(&job, 0, sizeof(job));
	job.argv = v;
	job.limit = limit;
	if (run_jobs(&job, 1, 1, getenv("TMPDIR"), job_done, NULL,
		     NULL))
		goto out;
	if (job.spawn_error || job.killed || !WIFEXITED(job.status))
		goto out;
	ret = WEXITSTATUS(job.status);
out:
	if (out)
		sb_add(out, job.out.buf ? job.out.buf : "", job.out.len);
	if (err)
		sb_add(err, job.err.buf ? job.err.buf : "", job.err.len);
	sb_free(&job.out);
	sb_free(&job.err);
	free(v);
	return ret;
}

char *cmd_line(const char *dir, const char *const *argv)
{
	struct strbuf out = { 0 };
	char *s = NULL;

	if (!cmd_run(dir, argv, 60, &out, NULL) && out.len) {
		s = xstrndup(out.buf, strcspn(out.buf, "\n"));
		if (!*s) {
			free(s);
			s = NULL;
		}
	}
	sb_free(&out);
	return s;
}

int cmd_exists(const char *program)
{
	const char *path = getenv("PATH");
	char *copy, *dir, *save = NULL;
	int found = 0;

	if (strchr(program, '/'))
		return access(program, X_OK) == 0;
	copy = xstrdup(path ? path : "/usr/bin:/bin");
	for (dir = strtok_r(copy, ":", &save); dir && !found;
	     dir = strtok_r(NULL, ":", &save)) {
		char *p = path_join(*dir ? dir : ".", program);

		found = access(p, X_OK) == 0;
		free(p);
	}
	free(copy);
	return found;
}
