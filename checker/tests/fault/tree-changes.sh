#!/bin/sh
# The tree changes while it is being scanned: as the first spatch starts,
# a file is deleted, another gets a new racy function and a third is
# added. The scan finishes (exit 1) and reports the tree as it read it:
# the deleted file's finding, the changed file's old finding at its old
# line, not the new one; with -v (which reads the code again) it does
# not crash on the deleted file. The next scan reports the tree as it is
# now: nothing stale comes from the cache.
. "$(dirname "$0")/lib.sh"
small_tree "$work/t"
cat >"$work/racy" <<'EOC'

static void pipe_write_done(struct pipe *p)
{
	p->nr_free--;
	if (waitqueue_active(&p->wr_wait))
		wake_up(&p->wr_wait);
}
EOC
cd "$work" || exit 2
for v in "" -v; do
	rm -rf t "$work/once" "$XDG_CACHE_HOME"/*
	small_tree t
	export WQFAULT_FLAG="$work/once" WQFAULT_ONCE="rm $work/t/aio.c;
		cat $work/racy >>$work/t/pipe.c;
		cp $inputs/fs/aio.c $work/t/new.c"
	run $v --jobs=1 --spatch="$FAULT_SPATCH" t
	[ -d "$work/once" ] || fail "the tree was not changed during the scan"
	expect_status 1 "scan during the change ${v:+(-v)}"
	out_has '^t/aio.c:13:6:'
	out_has '^t/pipe.c:22:6:'
	out_lacks 'pipe_write_done'
	out_lacks '^t/new.c'
	unset WQFAULT_ONCE
	run t
	expect_status 1 "scan after the change"
	out_lacks '^t/aio.c'
	out_has '^t/pipe.c:22:6:'
	out_has 'pipe_write_done'
	out_has '^t/new.c:13:6:'
done
tmp_clean
ok
