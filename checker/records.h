/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * The parser of spatch's output: the records the semantic patches print
 * on standard output (cocci/RECORDS.md), and what spatch itself says on
 * standard error about the files it handles (parse errors, timeouts).
 */
#ifndef WQCHECK_RECORDS_H
#define WQCHECK_RECORDS_H

#include <stddef.h>

struct strbuf;

#define RECORD_TAG "wqcheck-record-1"

enum rec_field {
	REC_TAG,
	REC_RULE,
	REC_FILE,
	REC_LINE,
	REC_COLUMN,
	REC_COLUMN_END,
	REC_FUNCTION,
	REC_CONFIDENCE,
	REC_WAIT_QUEUE,
	REC_CHECK,
	REC_STORE_EXPR,
	REC_STORE_TARGET,
	REC_STORE_LINE,
	REC_STORE_KIND,
	REC_WAKE,
	REC_WAKE_LINE,
	REC_SUGGESTED_FIX,
	REC_BETWEEN,
	REC_MESSAGE,
	REC_STMT_LINE,
	REC_WRONG_BARRIER,
	REC_WRONG_BARRIER_LINE,
	REC_WAITER, /* the waiter's wait call, e.g. "wait_event(q)" */
	REC_WAITER_FUNCTION,
	REC_WAITER_LINE,
	REC_WAITER_READS, /* "yes" or "no": its condition reads the store */
	REC_QUEUE_TYPE, /* type of the queue's root variable, "struct kioctx" */
	REC_STORES, /* every store reaching the check: "line,col,kind,direct,target;..." */
	REC_WEAK, /* weak barriers before the check: "name,line,col,why;..." */
	REC_LOCKS, /* locks held at the check: "line,type,lock;..." */
	REC_BIT, /* wake_up_bit()'s bit */
	REC_STOP, /* "line,kthread_stop": a stop on every path after the check */
	REC_VALUE, /* the value the store replaces: "test line,K,E" */
	REC_NFIELDS
};

/*
 * Records from before fields 20-26 were added still parse; fields after
 * those wqcheck knows are ignored, so that a newer rule file adding one
 * does not break an older wqcheck.
 */
#define REC_MIN_FIELDS (REC_MESSAGE + 1)

enum confidence { CONF_NONE, CONF_LOW, CONF_MEDIUM, CONF_HIGH };

/* A related place the finding points to: a waiter of its queue. */
struct note {
	char *file;
	long line;
	char *text;
};

struct record {
	char *f[REC_NFIELDS]; /* unescaped fields */
	struct note *notes; /* set by the judge, not part of the line */
	size_t nnotes;
	long line, column, column_end; /* column 0-based, as spatch says */
	long store_line, wake_line; /* 0 when not known */
	long stmt_line, wrong_barrier_line; /* 0 when not known */
	enum confidence confidence;
	char *path; /* the path shown to the user */
};

/*
 * Parse one line of spatch's standard output (without its newline).
 * Returns 1 and fills @rec for a record, 0 for a line that is not a
 * record, -1 for a record that is malformed (with a reason in @err).
 */
int record_parse(const char *line, size_t len, struct record *rec, char *err,
		 size_t errlen);
void record_free(struct record *rec);
/* Attach a note (@text is taken over) to @rec. */
void record_add_note(struct record *rec, const char *file, long line,
		     char *text);
/*
 * A list field ("a,b,rest;a,b,rest" for fields 28-30, "type|lock;..."
 * in a waiter's locks): *@n entries of @nsub parts split at @sep, the
 * last part the rest of the entry. record_list_free() frees it.
 */
char ***record_list(const char *field, char sep, int nsub, size_t *n);
void record_list_free(char ***v, size_t n, int nsub);

/* A tab-separated line's fields, unescaped (malloc'ed, *@n of them). */
char **record_split(const char *line, size_t len, size_t *n);
void record_copy(struct record *dst, const struct record *src);
/* The file the record is about: the user's path, else spatch's name. */
static inline const char *record_where(const struct record *rec)
{
	return rec->path ? rec->path : rec->f[REC_FILE];
}

/* The record as one line in the RECORDS.md format, without a newline. */
char *record_format(const struct record *rec);
/* Append @s escaped as a field is there: \\, \t and \n (baselines too). */
void record_escape_field(struct strbuf *sb, const char *s);

enum confidence confidence_from_name(const char *s);
const char *confidence_name(enum confidence c);

/* What spatch said on standard error about one file. */
enum diag_kind {
	DIAG_BAD, /* a region it could not parse */
	DIAG_EXN, /* it gave up on the file: timeout or exception */
};

struct diag {
	enum diag_kind kind;
	char *file; /* the file as spatch named it */
	char *text; /* DIAG_EXN: the exception */
	char **lines; /* DIAG_BAD: the region, as spatch printed it */
	size_t nlines;
};

/* Parse spatch's standard error (--quiet --parse-error-msg). */
void diag_parse(const char *text, size_t len, struct diag **out, size_t *n);
void diag_free(struct diag *d, size_t n);

#endif
