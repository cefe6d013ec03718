// SPDX-License-Identifier: GPL-2.0-only
/*
 * Running spatch. Each child gets its own process group, so that a
 * timeout or a Ctrl-C ends it and anything it started; its output is
 * read through pipes with poll() so that one chatty child cannot block
 * the others.
 */
#include "run.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

int version_cmp(const char *a, const char *b)
{
	while (*a || *b) {
		long x = strtol(a, (char **)&a, 10);
		long y = strtol(b, (char **)&b, 10);

		if (x != y)
			return x < y ? -1 : 1;
		if (*a == '.')
			a++;
		if (*b == '.')
			b++;
		if ((*a && (*a < '0' || *a > '9')) ||
		    (*b && (*b < '0' || *b > '9')))
			break;
	}
	return 0;
}

/* The environment for the children: ours with TMPDIR replaced. */
static char **child_env(const char *tmpdir)
{
	size_t n = 0, i, j = 0;
	char **env;

	while (environ[n])
		n++;
	env = xcalloc(n + 2, sizeof(*env));
	for (i = 0; i < n; i++)
		if (strncmp(environ[i], "TMPDIR=", 7))
			env[j++] = environ[i];
	if (tmpdir)
		env[j++] = xasprintf("TMPDIR=%s", tmpdir);
	env[j] = NULL;
	return env;
}

static void free_env(char **env, const char *tmpdir)
{
	size_t i;

	for (i = 0; tmpdir && env[i]; i++)
		if (!strncmp(env[i], "TMPDIR=", 7) && !env[i + 1])
			free(env[i]);
	free(env);
}

static int start_job(struct job *job, char **env)
{
	posix_spawn_file_actions_t fa;
	posix_spawnattr_t attr;
	int out[2], err[2], ret;
	sigset_t none;

	if (pipe2(out, O_CLOEXEC))
		return errno;
	if (pipe2(err, O_CLOEXEC)) {
		ret = errno;
		close(out[0]);
		close(out[1]);
		return ret;
	}
	posix_spawn_file_actions_init(&fa);
	posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
	posix_spawn_file_actions_adddup2(&fa, out[1], 1);
	posix_spawn_file_actions_adddup2(&fa, err[1], 2);
	posix_spawnattr_init(&attr);
	sigemptyset(&none);
	posix_spawnattr_setsigmask(&attr, &none);
	posix_spawnattr_setpgroup(&attr, 0);
	posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETPGROUP |
						POSIX_SPAWN_SETSIGMASK);
	ret = posix_spawnp(&job->pid, job->argv[0], &fa, &attr, job->argv, env);
	posix_spawn_file_actions_destroy(&fa);
	posix_spawnattr_destroy(&attr);
	close(out[1]);
	close(err[1]);
	if (ret) {
		close(out[0]);
		close(err[0]);
		return ret;
	}
	job->fd[0] = out[0];
	job->fd[1] = err[0];
	job->start = now_seconds();
	return 0;
}

static void kill_job(struct job *job, int sig)
{
	if (job->pid > 0)
		kill(-job->pid, sig);
}

/* Read what is there; close the pipe at end of file. */
static void drain(struct job *job, int which)
{
	char buf[65536];
	ssize_t n = read(job->fd[which], buf, sizeof(buf));

	if (n > 0) {
		sb_add(which ? &job->err : &job->out, buf, (size_t)n);
		return;
	}
	if (n < 0 && (errno == EINTR || errno == EAGAIN))
		return;
	close(job->fd[which]);
	job->fd[which] = -1;
}

static void reap(struct job *job)
{
	struct rusage ru;

	memset(&ru, 0, sizeof(ru));
	while (wait4(job->pid, &job->status, 0, &ru) < 0 && errno == EINTR)
		;
	job->cpu = (double)ru.ru_utime.tv_sec + (double)ru.ru_stime.tv_sec +
		   (double)(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e6;
	job->wall = now_seconds() - job->start;
	job->pid = 0;
}

/*
 * Ctrl-C: ask every running child to stop, give them two seconds, then
 * kill their process groups (before reaping, so that a group's id cannot
 * have been reused) and reap them.
 */
static void stop_all(struct job **running, size_t n)
{
	double until = now_seconds() + 2;
	size_t i, k;

	for (i = 0; i < n; i++)
		kill_job(running[i], SIGTERM);
	for (i = 0; i < n; i++) {
		siginfo_t si;

		for (;;) {
			si.si_pid = 0;
			if (waitid(P_PID, (id_t)running[i]->pid, &si,
				   WEXITED | WNOHANG | WNOWAIT) ||
			    si.si_pid || now_seconds() > until)
				break;
			usleep(10000);
		}
		kill_job(running[i], SIGKILL);
		reap(running[i]);
		for (k = 0; k < 2; k++)
			if (running[i]->fd[k] >= 0)
				close(running[i]->fd[k]);
		sb_free(&running[i]->out);
		sb_free(&running[i]->err);
	}
}

static int poll_running(struct job **running, size_t n)
{
	struct pollfd pfd[2 * 64];
	struct job *who[2 * 64];
	int which[2 * 64];
	size_t i, np = 0;
	double now = now_seconds(), wait = 0.1;

	for (i = 0; i < n && np + 2 <= ARRAY_SIZE(pfd); i++) {
		double left = running[i]->start + running[i]->limit - now;
		int k;

		if (left < wait)
			wait = left > 0 ? left : 0;
		for (k = 0; k < 2; k++) {
			if (running[i]->fd[k] < 0)
				continue;
			pfd[np] =
				(struct pollfd){ running[i]->fd[k], POLLIN, 0 };
			who[np] = running[i];
			which[np++] = k;
		}
	}
	if (poll(pfd, np, (int)(wait * 1000) + 1) < 0)
		return errno == EINTR ? 0 : -1;
	for (i = 0; i < np; i++)
		if (pfd[i].revents)
			drain(who[i], which[i]);
	return 0;
}

/* Finish jobs whose pipes are closed; kill those past their limit. */
static size_t collect(struct job **running, size_t n,
		      void (*done)(struct job *, void *), void *arg)
{
	double now = now_seconds();
	size_t i = 0;

	while (i < n) {
		struct job *job = running[i];

		if (!job->killed && now > job->start + job->limit) {
			job->killed = 1;
			kill_job(job, SIGKILL);
		}
		if (job->fd[0] >= 0 || job->fd[1] >= 0) {
			i++;
			continue;
		}
		reap(job);
		running[i] = running[--n];
		done(job, arg);
	}
	return n;
}

int run_jobs(struct job *jobs, size_t njobs, long parallel, const char *tmpdir,
	     void (*done)(struct job *, void *), void (*tick)(void *),
	     void *arg)
{
	struct job *running[64];
	char **env = child_env(tmpdir);
	size_t next = 0, n = 0;
	int ret = 0;

	if (parallel > (long)ARRAY_SIZE(running))
		parallel = ARRAY_SIZE(running);
	while (next < njobs || n) {
		if (wq_interrupted) {
			stop_all(running, n);
			ret = -1;
			break;
		}
		while (n < (size_t)parallel && next < njobs) {
			struct job *job = &jobs[next++];

			job->fd[0] = job->fd[1] = -1;
			job->spawn_error = start_job(job, env);
			if (job->spawn_error)
				done(job, arg);
			else
				running[n++] = job;
		}
		if (n && poll_running(running, n)) {
			stop_all(running, n);
			ret = -1;
			break;
		}
		n = collect(running, n, done, arg);
		if (tick)
			tick(arg);
	}
	free_env(env, tmpdir);
	return ret;
}

int job_ok(const struct job *job)
{
	return !job->spawn_error && !job->killed && WIFEXITED(job->status) &&
	       WEXITSTATUS(job->status) == 0;
}

char *job_failure(const struct job *job)
{
	if (job->spawn_error)
		return xasprintf("cannot run %s: %s", job->argv[0],
				 strerror(job->spawn_error));
	if (job->killed)
		return xasprintf("%s hung and was killed after %.0f s",
				 job->argv[0], job->limit);
	if (WIFSIGNALED(job->status))
		return xasprintf("%s crashed (signal %d, %s)", job->argv[0],
				 WTERMSIG(job->status),
				 strsignal(WTERMSIG(job->status)));
	return xasprintf("%s exited with status %d", job->argv[0],
			 WEXITSTATUS(job->status));
}

static void probe_done(struct job *job, void *arg)
{
	(void)job;
	(void)arg;
}

/* "spatch version 1.1.1 compiled with OCaml version 4.13.1" */
static char *parse_version(const char *out)
{
	const char *p = strstr(out, "spatch version ");
	size_t n;

	if (!p)
		return NULL;
	p += strlen("spatch version ");
	n = strspn(p, "0123456789.");
	return n ? xstrndup(p, n) : NULL;
}

int spatch_probe(const char *program, char **version)
{
	char *argv[] = { (char *)program, "--version", NULL };
	struct job job = { .argv = argv, .limit = 30 };
	char *v = NULL, *why;
	int ret = -1;

	if (run_jobs(&job, 1, 1, NULL, probe_done, NULL, NULL))
		return -1;
	if (job.spawn_error == ENOENT) {
		wq_error("%s not found: install Coccinelle (Debian package "
			 "'coccinelle'), or name its spatch with --spatch",
			 program);
		goto out;
	}
	if (!job_ok(&job)) {
		why = job_failure(&job);
		wq_error("'%s --version' failed: %s", program, why);
		free(why);
		goto out;
	}
	v = parse_version(job.out.buf ? job.out.buf : "");
	if (!v) {
		wq_error("%s does not look like Coccinelle's spatch (no "
			 "version in '%s --version')",
			 program, program);
		goto out;
	}
	if (version_cmp(v, SPATCH_MIN_VERSION) < 0) {
		wq_error("%s is version %s, too old: wqcheck needs Coccinelle "
			 "%s or newer (Debian package 'coccinelle')",
			 program, v, SPATCH_MIN_VERSION);
		goto out;
	}
	*version = xstrdup(v);
	ret = 0;
out:
	free(v);
	sb_free(&job.out);
	sb_free(&job.err);
	return ret;
}
