/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _LINUX_ERRNO_H
#define _LINUX_ERRNO_H

#define EIO		5
#define EAGAIN		11
#define ENOMEM		12
#define EBUSY		16
#define ENODEV		19
#define EINVAL		22
#define ESHUTDOWN	108
#define ETIMEDOUT	110
#define ERESTARTSYS	512

#endif /* _LINUX_ERRNO_H */
