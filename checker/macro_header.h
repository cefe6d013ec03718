/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Functions whose header is a macro: "static CALLBACK(done_fn) { ... }",
 * where CALLBACK(name) expands to "void name(struct work *w)" in a
 * header Coccinelle does not read. It cannot parse such a function, and
 * a check in it would go unanalysed.
 */
#ifndef WQCHECK_MACRO_HEADER_H
#define WQCHECK_MACRO_HEADER_H

struct reduced;

/*
 * In the reduced copy @r, give each kept function that tests, wakes or
 * waits on a wait list and whose header is NAME(fn), NAME in capitals
 * (a macro, by the kernel's naming), the header "void fn(void)" padded
 * with spaces to the same length on the same line, and the name fn.
 * Its return type and parameters are not known; the rules need neither
 * to follow its stores and checks. A header too short for the
 * rewrite stays as it is.
 */
void macro_header_rewrite(struct reduced *r);

#endif
