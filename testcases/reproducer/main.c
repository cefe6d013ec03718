// SPDX-License-Identifier: GPL-2.0
/*
 * reproducer: run one waker variant against the reader and print one
 * record line:
 *
 *	VARIANT ROUNDS LOST SLOW SECONDS
 *
 * LOST counts rounds in which the reader went to sleep after the tail was
 * published and no wake_up() reached it; SLOW counts rounds in which the
 * reader timed out first and was woken afterwards (a busy machine, not the
 * race).  Exit status 0 on success, 2 on a usage or system error.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "harness.h"

static void usage(FILE *f)
{
	fprintf(f,
		"usage: reproducer [-n ROUNDS] [-s SECONDS] [-t TIMEOUT_US] [-j SPINS] [-k SPINS] [-w] [-v] VARIANT\n"
		"       reproducer -l\n"
		"  -n ROUNDS      stop after ROUNDS rounds (default 200000)\n"
		"  -s SECONDS     or after SECONDS seconds (default 20)\n"
		"  -t TIMEOUT_US  the reader's sleep bound per try (default 1000)\n"
		"  -j SPINS       reader waits 0..SPINS-1 spins before each round (default 1024)\n"
		"  -k SPINS       waker waits 0..SPINS-1 spins before each round (default 0)\n"
		"  -w             waiter first: complete only once the reader sleeps\n"
		"  -v             also print the CPUs used, on standard error\n"
		"  -l             list the variants: name, source file, barrier\n");
}

static int parse_ulong(const char *s, unsigned long *val)
{
	char *end;

	*val = strtoul(s, &end, 10);
	return (*s && !*end) ? 0 : -1;
}

int main(int argc, char **argv)
{
	struct harness_config cfg = {
		.rounds = 200000,
		.seconds = 20,
		.timeout_us = 1000,
		.reader_jitter = 1024,
	};
	struct harness_result res;
	const struct waker *waker;
	unsigned long val;
	int verbose = 0;
	int opt, err;

	while ((opt = getopt(argc, argv, "n:s:t:j:k:wvlh")) != -1) {
		switch (opt) {
		case 'n':
			if (parse_ulong(optarg, &cfg.rounds) || !cfg.rounds)
				goto bad;
			break;
		case 's':
			if (parse_ulong(optarg, &val) || !val)
				goto bad;
			cfg.seconds = val;
			break;
		case 't':
			if (parse_ulong(optarg, &val) || !val)
				goto bad;
			cfg.timeout_us = val;
			break;
		case 'j':
			if (parse_ulong(optarg, &val))
				goto bad;
			cfg.reader_jitter = val;
			break;
		case 'k':
			if (parse_ulong(optarg, &val))
				goto bad;
			cfg.waker_jitter = val;
			break;
		case 'w':
			cfg.waiter_first = true;
			break;
		case 'v':
			verbose = 1;
			break;
		case 'l':
			list_wakers();
			return 0;
		case 'h':
			usage(stdout);
			return 0;
		default:
			goto bad;
		}
	}
	if (optind != argc - 1)
		goto bad;

	waker = find_waker(argv[optind]);
	if (!waker) {
		fprintf(stderr, "reproducer: no variant '%s' (try -l)\n", argv[optind]);
		return 2;
	}

	err = run_rounds(waker, &cfg, &res);
	if (err) {
		fprintf(stderr, "reproducer: cannot start threads: %s\n", strerror(-err));
		return 2;
	}
	if (verbose)
		fprintf(stderr, "reproducer: %s: reader on CPU %d, waker on CPU %d\n",
			waker->name, res.cpus[0], res.cpus[1]);
	printf("%s %lu %lu %lu %.2f\n", waker->name, res.rounds, res.lost,
	       res.slow, res.seconds);
	return 0;

bad:
	usage(stderr);
	return 2;
}
