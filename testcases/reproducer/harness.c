// SPDX-License-Identifier: GPL-2.0
/*
 * Two threads, pinned to different CPUs when there are two: the reader runs
 * read_events(), the waker runs the variant's aio_complete().  Each round
 * they meet at a spinning barrier, each waits a small random number of
 * spins so that the two critical windows slide over each other from round
 * to round, and then they race once.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <pthread.h>
#include <sched.h>
#include <string.h>
#include <time.h>

#include "harness.h"

struct shared {
	struct kioctx ctx;
	const struct waker *waker;
	const struct harness_config *cfg;
	struct task_struct *reader;
	int cpus[2];

	unsigned long reader_at __aligned(64);
	unsigned long waker_at __aligned(64);
	unsigned long last_round;	/* set by the waker; 0 while running */

	unsigned long rounds __aligned(64);
	unsigned long lost;
};

static double now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

/*
 * Announce that we reached @round and spin until the other side has.  The
 * release and acquire hand over everything each side wrote in the round
 * before.  No pause in the spin: both sides should leave it as soon as
 * they can.
 */
static void meet(unsigned long *mine, unsigned long *theirs, unsigned long round)
{
	smp_store_release(mine, round);
	while (smp_load_acquire(theirs) < round)
		;
}

static unsigned int next_random(unsigned int *seed)
{
	unsigned int x = *seed;

	x ^= x << 13;
	x ^= x >> 17;
	x ^= x << 5;
	*seed = x;
	return x;
}

static void spin(unsigned int n)
{
	while (n--)
		barrier();
}

static void pin(int cpu)
{
	cpu_set_t set;

	if (cpu < 0)
		return;
	CPU_ZERO(&set);
	CPU_SET(cpu, &set);
	pthread_setaffinity_np(pthread_self(), sizeof(set), &set);
}

static void *reader_thread(void *arg)
{
	struct shared *s = arg;
	unsigned int seed = 0x9e3779b9;
	unsigned long round;

	pin(s->cpus[0]);
	s->reader = current;
	for (round = 1;; round++) {
		meet(&s->reader_at, &s->waker_at, round);
		if (READ_ONCE(s->last_round) == round)
			break;
		if (s->cfg->reader_jitter && !s->cfg->waiter_first)
			spin(next_random(&seed) % s->cfg->reader_jitter);
		if (read_events(&s->ctx, round))
			s->lost++;
		s->rounds = round;
	}
	return NULL;
}

static void *waker_thread(void *arg)
{
	struct shared *s = arg;
	const struct harness_config *cfg = s->cfg;
	double deadline = now() + cfg->seconds;
	unsigned int seed = 0x2545f491;
	unsigned long round;

	pin(s->cpus[1]);
	for (round = 1;; round++) {
		if (round > cfg->rounds || (!(round & 255) && now() > deadline))
			WRITE_ONCE(s->last_round, round);
		meet(&s->waker_at, &s->reader_at, round);
		if (s->last_round)
			break;
		if (cfg->waiter_first) {
			while (!READ_ONCE(s->reader->sleeping))
				cpu_relax();
		} else if (cfg->waker_jitter) {
			spin(next_random(&seed) % cfg->waker_jitter);
		}
		s->waker->complete(&s->ctx, round);
		/* After any wake_up() it made: read by sleep_lost_wakeup(). */
		smp_store_release(&s->ctx.completed, round);
	}
	return NULL;
}

/* The first two CPUs we may run on, or -1 when there are fewer than two. */
static void pick_cpus(int cpus[2])
{
	cpu_set_t set;
	int cpu, n = 0;

	cpus[0] = cpus[1] = -1;
	if (sched_getaffinity(0, sizeof(set), &set) || CPU_COUNT(&set) < 2)
		return;
	for (cpu = 0; cpu < CPU_SETSIZE && n < 2; cpu++)
		if (CPU_ISSET(cpu, &set))
			cpus[n++] = cpu;
}

int run_rounds(const struct waker *waker, const struct harness_config *cfg,
	       struct harness_result *res)
{
	static struct shared s;
	pthread_t reader, waker_tid;
	double start;
	int err;

	memset(&s, 0, sizeof(s));
	init_waitqueue_head(&s.ctx.wait);
	s.ctx.timeout_us = cfg->timeout_us;
	s.waker = waker;
	s.cfg = cfg;
	pick_cpus(s.cpus);

	start = now();
	err = pthread_create(&reader, NULL, reader_thread, &s);
	if (err)
		return -err;
	err = pthread_create(&waker_tid, NULL, waker_thread, &s);
	if (err) {
		/* The reader waits at round 1 for a waker that never comes. */
		return -err;
	}
	pthread_join(waker_tid, NULL);
	pthread_join(reader, NULL);

	res->rounds = s.rounds;
	res->lost = s.lost;
	res->slow = s.ctx.slow;
	res->seconds = now() - start;
	res->cpus[0] = s.cpus[0];
	res->cpus[1] = s.cpus[1];
	return 0;
}
