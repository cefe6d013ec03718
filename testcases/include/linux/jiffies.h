/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Jiffies for the wqcheck test corpus: timeouts are counted in ticks,
 * HZ of them a second.
 */
#ifndef _LINUX_JIFFIES_H
#define _LINUX_JIFFIES_H

#define HZ			100

#endif /* _LINUX_JIFFIES_H */
