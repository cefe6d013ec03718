// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: a file cut short on one line: spatch says nothing, wqcheck does
 * check-command: wqcheck --no-cache --strict testcases/unanalysed/one-line.c
 * check-exit-value: 2
 *
 * check-output-start
testcases/unanalysed/one-line.c:1: note: waitqueue_active() not analysed: Coccinelle found no function around it and printed no error
wqcheck: error: 1 test of a wait list was not analysed (--strict)
 * check-output-end
 */

/*
 * testcases/unanalysed/one-line.c is one line with no closing brace and
 * no newline. spatch parses it as nothing and prints no error; the test
 * in it is named all the same, and --strict exits 2. (It is not a case
 * itself: it does not compile.)
 */
