/* SPDX-License-Identifier: GPL-2.0 */
/*
 * A companion of macro-header-function*.c (not a case of its own): a
 * macro that writes a function's header from its name, as callback
 * macros of some subsystems do. Coccinelle does not read this file.
 */
#ifndef MACRO_HEADER_CALLBACK_H
#define MACRO_HEADER_CALLBACK_H

struct work_struct;

#define WORK_CALLBACK(name)	void name(struct work_struct *ws)

#endif
