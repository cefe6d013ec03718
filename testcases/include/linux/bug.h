/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Assertions for the wqcheck test corpus.  A condition inside one of
 * these is tested, never used to decide whether to wake anyone.
 */
#ifndef _LINUX_BUG_H
#define _LINUX_BUG_H

#include <linux/types.h>
#include <linux/compiler.h>

extern void __noreturn __bug(const char *file, int line);
extern void __warn(const char *file, int line);

#define BUG()		__bug(__FILE__, __LINE__)

#define BUG_ON(condition)						\
do {									\
	if (unlikely(condition))					\
		BUG();							\
} while (0)

/* Warns when @condition is true; evaluates to it. */
#define WARN_ON(condition)						\
({									\
	int __wo_ret = !!(condition);					\
									\
	if (unlikely(__wo_ret))						\
		__warn(__FILE__, __LINE__);				\
	unlikely(__wo_ret);						\
})

/* As WARN_ON(), but warns only the first time. */
#define WARN_ON_ONCE(condition)						\
({									\
	static bool __wo_warned;					\
	int __wo_ret = !!(condition);					\
									\
	if (unlikely(__wo_ret) && !__wo_warned) {			\
		__wo_warned = true;					\
		__warn(__FILE__, __LINE__);				\
	}								\
	unlikely(__wo_ret);						\
})

/* Memory-management assertion (CONFIG_DEBUG_VM=y). */
#define VM_BUG_ON(condition)	BUG_ON(condition)

#endif /* _LINUX_BUG_H */
