# SPDX-License-Identifier: GPL-2.0-only
#
# wqcheck as kbuild's CHECK=, end to end, without a kernel tree: the
# call kbuild makes (sparse's flags, the compiler's, the file), with the
# warnings on stderr and exit status 0; --sparse passes sparse's output
# and status through; wqcheck's own failure stops the build. Compared
# with tests/e2e/kbuild-*.expected. Sourced by run-tests.sh.

# A shortened copy of what kbuild 6.12 passes for fs/aio.o.
kbuild_flags() {
	echo -D__linux__ -Dlinux -D__STDC__ -Dunix -D__unix__ -Wbitwise \
		-Wno-return-void -Wno-unknown-attribute -D__x86_64__ \
		--arch=x86 -mlittle-endian -m64 -Wp,-MMD,fs/.aio.o.d \
		-nostdinc -I./arch/x86/include -I./include -include \
		./include/linux/kconfig.h -D__KERNEL__ -fno-strict-aliasing \
		-O2 --param=allow-store-data-races=0 -DKBUILD_BASENAME=aio \
		-c -o fs/aio.o
}

kbuild_tests() {
	# shellcheck disable=SC2046
	run --no-cache $(kbuild_flags) tests/inputs/fs/aio.c
	expect kbuild-aio
	# shellcheck disable=SC2046
	run --no-cache $(kbuild_flags) tests/inputs/drivers/clean.c
	expect kbuild-clean
	# shellcheck disable=SC2046
	run --no-cache --confidence=low $(kbuild_flags) \
		tests/inputs/kernel/helper.c
	expect kbuild-confidence
	bad_dir
	cat >fake-sparse <<-'EOS'
	#!/bin/sh
	echo "fake-sparse: $# arguments, last $(eval echo \${$#})" >&2
	case "$*" in *--sparse*|*--no-cache*) echo "got wqcheck's options" >&2 ;; esac
	exit "${FAKE_SPARSE_STATUS:-0}"
	EOS
	chmod +x fake-sparse
	cp "$here/tests/inputs/fs/aio.c" .
	# shellcheck disable=SC2046
	run --no-cache --sparse=./fake-sparse $(kbuild_flags) aio.c
	expect kbuild-sparse
	# shellcheck disable=SC2046
	FAKE_SPARSE_STATUS=3 run --no-cache --sparse=./fake-sparse \
		$(kbuild_flags) aio.c
	expect kbuild-sparse-fails
	# shellcheck disable=SC2046
	run --no-cache --sparse=./no-such-sparse $(kbuild_flags) aio.c
	expect kbuild-no-sparse
	# shellcheck disable=SC2046
	run --no-cache --spatch=./no-such-spatch $(kbuild_flags) aio.c
	expect kbuild-no-spatch
	mkdir parse
	cat >parse/broken.c <<-'EOC'
	static void broken(struct s *p)
	{
		p->x = ;;; +* / ;
		if (waitqueue_active(&p->wait))
			wake_up(&p->wait);
	}
	EOC
	# shellcheck disable=SC2046
	run --no-cache $(kbuild_flags) parse/broken.c
	expect kbuild-unparsable
	run --no-cache --kbuild aio.c
	expect kbuild-explicit
	cd "$here" || exit 2
}
