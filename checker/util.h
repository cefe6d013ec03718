/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Small helpers shared by every stage: allocation that never returns
 * NULL, a growable string, file reading and the one way wqcheck prints
 * warnings and errors.
 */
#ifndef WQCHECK_UTIL_H
#define WQCHECK_UTIL_H

#include <stdarg.h>
#include <stddef.h>

#define ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))

struct strbuf {
	char *buf;
	size_t len;
	size_t cap;
};

void *xmalloc(size_t n);
void *xcalloc(size_t n, size_t size);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);
char *xasprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* Free @n strings and the array that holds them. */
void free_strv(char **v, size_t n);

void sb_add(struct strbuf *sb, const char *s, size_t n);
void sb_puts(struct strbuf *sb, const char *s);
void sb_putc(struct strbuf *sb, char c);
void sb_printf(struct strbuf *sb, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
char *sb_detach(struct strbuf *sb);
void sb_free(struct strbuf *sb);

/*
 * Read a whole file into a NUL-terminated buffer; 0 on success, else -1
 * with errno set. Either way @buf and @len are set: NULL and 0 after a
 * failure, so an error path may free(*buf) without asking.
 */
int read_file(const char *path, char **buf, size_t *len);
int read_fd(int fd, char **buf, size_t *len);
/* Write a whole buffer, retrying on short writes; 0 or -1. */
int write_all(int fd, const char *buf, size_t len);

/* Line @lineno (1-based) of @path without its newline, or NULL. */
char *source_line(const char *path, long lineno);

/*
 * mkdir -p, each directory made private (0700); one that exists is
 * fine. 0, or -1 with errno set.
 */
int mkdir_p(const char *path);

/* Join a directory and a relative name with one slash between them. */
char *path_join(const char *dir, const char *name);
/* @s with control characters and backslashes escaped, for one-line output. */
char *escape_path(const char *s);

/* Whether @path names a header: it ends in ".h" after a name. */
int path_is_header(const char *path);

/*
 * The characters of a C identifier, ASCII only, for any char value: a
 * byte above 127 in a plain char is negative, which <ctype.h> may not
 * be given.
 */
static inline int is_ident_start(int c)
{
	c = (unsigned char)c;
	return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static inline int is_ident_char(int c)
{
	return is_ident_start(c) ||
	       ((unsigned char)c >= '0' && (unsigned char)c <= '9');
}

/* A qsort() comparison of two char * elements, by strcmp(). */
int cmp_strings(const void *a, const void *b);

/* qsort() that accepts an empty array (qsort(NULL, 0, ...) is undefined). */
void sort_array(void *base, size_t n, size_t size,
		int (*cmp)(const void *, const void *));

double now_seconds(void);

/*
 * A new private directory $TMPDIR/@prefix.XXXXXX (/tmp without TMPDIR),
 * or NULL after an error message naming it.
 */
char *make_temp_dir(const char *prefix);
/*
 * Remove @dir and everything below it, following no symbolic link. In
 * this process, not with rm -rf: after an interruption no helper may be
 * started.
 */
void remove_tree(const char *dir);

/* Set by the SIGINT/SIGTERM/SIGHUP handler; every long loop checks it. */
extern volatile int wq_interrupted;

void wq_warn(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void wq_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* Before a warning is printed, the progress line (if any) is cleared. */
void wq_set_warn_hook(void (*hook)(void));

#endif
