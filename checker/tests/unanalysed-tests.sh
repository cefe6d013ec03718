# SPDX-License-Identifier: GPL-2.0-only
#
# Every wait-list test is accounted for (account.c): the ones the rules
# did not see are named on stderr, in JSON and in --stats, and --strict
# exits 2 on them. Sourced by run-tests.sh.

# The "wait-list tests" line of --stats for @1, compared with @2.
expect_test_stats() {
	name=$1
	want=$2
	run --no-cache --stats "$3"
	got=$(grep '^  wait-list tests' "$work/err")
	if [ "$got" = "$want" ]; then
		ok "e2e/$name"
	else
		printf 'want: %s\ngot:  %s\n' "$want" "$got" >"$(log_of "e2e/$name")"
		fail "e2e/$name" "stats line differs"
	fi
}

unanalysed_inputs() {
	bad_dir
	# spatch parses this as nothing and says nothing: no closing brace.
	printf 'void f(void){ x = 1; if (waitqueue_active(&q)) wake_up(&q);' >trunc.c
	run --no-cache trunc.c
	expect unanalysed-truncated
	run --no-cache --strict trunc.c
	expect unanalysed-truncated-strict
	run --no-cache --format=json trunc.c
	expect unanalysed-truncated-json
	expect_test_stats unanalysed-truncated-stats "  wait-list tests     1 seen (0 of them calls of the second pass's helpers), 0 analysed, 1 not analysed (0 in a macro body, 0 in a function Coccinelle could not parse, 0 in a file not checked, 1 not parsed with no error)" trunc.c
	cat >macro.h <<-'EOC'
	#include <linux/wait.h>
	#define my_wake_flag(dev, flag) \
		do { \
			clear_bit((flag), (dev)->flags); \
			if (waitqueue_active(&(dev)->wait)) \
				wake_up(&(dev)->wait); \
		} while (0)
	EOC
	run --no-cache --strict macro.h
	expect unanalysed-macro
	# A prototype declares the name: there is no test to account for.
	cat >proto.h <<-'EOC'
	#include <linux/wait.h>
	static inline int waitqueue_active(struct wait_queue_head *wq_head);
	EOC
	run --no-cache --strict proto.h
	expect unanalysed-prototype
	cat >kr.c <<-'EOC'
	#include <linux/wait.h>
	struct s { int x; wait_queue_head_t wait; };
	static void kr(p)
		struct s *p;
	{
		p->x = 1;
		if (waitqueue_active(&p->wait))
			wake_up(&p->wait);
	}
	EOC
	run --no-cache --strict kr.c
	expect unanalysed-kr
	# The cache keeps what was not analysed: the second run, from it,
	# says the same as the first.
	mkdir cached
	cp trunc.c macro.h kr.c cached/
	cp "$here/tests/inputs/fs/aio.c" cached/
	run cached
	expect unanalysed-cached
	run --stats cached
	grep -q '^  from the cache      4$' "$work/err" || status=99
	grep -v '^  \|^wqcheck: stats:' "$work/err" >"$work/err2"
	mv "$work/err2" "$work/err"
	expect unanalysed-cached
}
