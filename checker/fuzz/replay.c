// SPDX-License-Identifier: GPL-2.0-only
/*
 * A main() for a harness built without libFuzzer: it runs the harness
 * once on each file named, and on each file in each directory named, so
 * that "make check" replays the seed corpus and every crash the fuzzers
 * found with no clang at hand (built with the sanitizers it catches what
 * libFuzzer caught). Prints one line: how many inputs it ran.
 */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "../util.h"
#include "fuzz.h"

static size_t ran;

static int run_file(const char *path)
{
	char *buf;
	size_t len;

	if (read_file(path, &buf, &len)) {
		perror(path);
		return -1;
	}
	LLVMFuzzerTestOneInput((const uint8_t *)buf, len);
	free(buf);
	ran++;
	return 0;
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static int run_dir(const char *dir)
{
	DIR *d = opendir(dir);
	struct dirent *de;
	char **names = NULL;
	size_t n = 0, i;
	int ret = 0;

	if (!d) {
		perror(dir);
		return -1;
	}
	while ((de = readdir(d))) {
		if (de->d_name[0] == '.')
			continue;
		names = xrealloc(names, (n + 1) * sizeof(*names));
		names[n++] = path_join(dir, de->d_name);
	}
	closedir(d);
	sort_array(names, n, sizeof(*names), cmp_str);
	for (i = 0; i < n; i++) {
		struct stat st;

		if (!stat(names[i], &st) && S_ISREG(st.st_mode) &&
		    run_file(names[i]))
			ret = -1;
		free(names[i]);
	}
	free(names);
	return ret;
}

int main(int argc, char **argv)
{
	int i, ret = 0;

	for (i = 1; i < argc; i++) {
		struct stat st;

		if (stat(argv[i], &st)) {
			perror(argv[i]);
			ret = 1;
		} else if (S_ISDIR(st.st_mode) ? run_dir(argv[i]) :
						 run_file(argv[i])) {
			ret = 1;
		}
	}
	printf("%s: %zu inputs, no crash\n", argv[0], ran);
	return ret;
}
