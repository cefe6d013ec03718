// SPDX-License-Identifier: GPL-2.0
/*
 * check-name: a prototype of waitqueue_active() is no test: nothing to say
 * check-command: wqcheck --no-cache --strict $file
 *
 * check-output-start
 * check-output-end
 */

/*
 * The file mentions waitqueue_active( only to declare it: there is no
 * test of a wait list to analyse, so --strict passes.
 */
struct wait_queue_head;

int waitqueue_active(struct wait_queue_head *wq_head);
