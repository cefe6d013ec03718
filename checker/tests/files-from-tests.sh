# SPDX-License-Identifier: GPL-2.0-only
#
# --files-from FILE (- for standard input, -0 for a NUL-separated list),
# end to end: the files listed are scanned as if given as PATHs, in one
# scan, so that a helper in one file and its caller in another are
# paired, as they would not be if the list were cut in pieces and each
# scanned alone; each bad entry gets a one-line error naming it and its
# place in the list. Compared with tests/e2e/files-from-*.expected.
# Sourced by run-tests.sh.

files_from_tests() {
	# The inputs listed in reverse, a blank line among them: the same
	# report as tests/inputs given as a PATH (text.expected).
	find tests/inputs -type f -name '*.[ch]' | LC_ALL=C sort -r |
		sed '3a\
' >"$work/list"
	run --no-cache --files-from "$work/list"
	expect files-from
	# NUL-separated on standard input, beside a PATH; names with a
	# space pass whole.
	find tests/inputs/drivers tests/inputs/fs -name '*.c' -print0 \
		>"$work/list0"
	run --no-cache -0 --files-from - tests/inputs/include <"$work/list0"
	expect files-from-null-stdin
	files_from_pairs
	files_from_bad
}

# A helper in a header and its caller in a .c file.
files_from_pairs() {
	bad_dir
	mkdir -p include/linux drivers
	cat >include/linux/work.h <<-'EOC'
	/* A helper that tests the queue and stores nothing itself. */
	#include <linux/wait.h>

	struct work {
		int done;
		wait_queue_head_t wait;
	};

	static inline void work_wake(struct work *w)
	{
		if (waitqueue_active(&w->wait))
			wake_up(&w->wait);
	}
	EOC
	cat >drivers/user.c <<-'EOC'
	/* Its caller: the store before the call is the race. */
	#include <linux/work.h>

	void user_finish(struct work *w)
	{
		w->done = 1;
		work_wake(w);
	}
	EOC
	printf 'include/linux/work.h\ndrivers/user.c\n' >list
	# The caller alone, as a piece of a cut list would be: nothing.
	run --no-cache --confidence=low drivers/user.c
	expect files-from-caller-alone
	run --no-cache --confidence=low --files-from list
	expect files-from-pairs
	cd "$here" || exit 2
}

files_from_bad() {
	bad_dir
	cp "$here/tests/inputs/fs/aio.c" .
	printf 'aio.c\nnope.c\n\nbad\001name.c\naio.c\n' >list
	run --no-cache --files-from list
	expect files-from-bad
	printf 'aio.c\0gone\nfile.c\0' >list0
	run --no-cache -0 --files-from - <list0
	expect files-from-bad-null
	run --no-cache --files-from - <list0
	expect files-from-nul-in-line
	run --no-cache --files-from - </dev/null
	expect files-from-empty
	run --no-cache --files-from no-such-list
	expect files-from-unreadable
	run --no-cache -0 aio.c
	expect files-from-null-alone
	cd "$here" || exit 2
}
