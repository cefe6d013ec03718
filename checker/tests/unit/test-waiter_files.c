// SPDX-License-Identifier: GPL-2.0-only
/*
 * The waiter index's gate: a file goes on only if it calls a wait form
 * or a wait-queue lookup; a mention of "wait" elsewhere is not enough.
 */
#include <string.h>

#include "unit.h"
#include "waiter_files.h"

static int gate(const char *text)
{
	return waiter_files_gate(text, strlen(text));
}

static void test_gate(void)
{
	CHECK_INT(gate("wait_event(q->wait, done);"), 1);
	CHECK_INT(gate("__add_wait_queue_exclusive (&ep->wq, &w);"), 1);
	CHECK_INT(gate("poll_wait(file, &dev->wait, pt);"), 1);
	CHECK_INT(gate("wq = bit_waitqueue(word, bit);"), 1);
	CHECK_INT(gate("f(&x->wait); /* a wait_event */"), 0);
	CHECK_INT(gate("int wait_event_count;"), 0);
	CHECK_INT(gate("wake_up(&x->wait);"), 0);
	CHECK_INT(gate(""), 0);
	CHECK_INT(gate("wait"), 0);
}

int main(void)
{
	RUN(test_gate);
	return unit_done();
}
