// SPDX-License-Identifier: GPL-2.0-only
/*
 * Fuzz the parser of spatch's output (records.c): every line of the
 * input through record_parse() as spatch's standard output, the whole
 * input through diag_parse() as its standard error. Properties checked
 * beyond "no crash, no leak":
 *   - a record that parses is printed back by record_format() as a line
 *     that parses to the same fields (but for a CR ending the line);
 *   - its line numbers are what the fields say, line >= 1;
 *   - record_copy() copies every field.
 */
#include <stdlib.h>
#include <string.h>

#include "../records.h"
#include "../util.h"
#include "fuzz.h"

static void same_fields(const struct record *a, const struct record *b)
{
	int i;

	for (i = 0; i < REC_NFIELDS; i++) {
		if (a->f[i] && b->f[i] && strcmp(a->f[i], b->f[i]))
			fprintf(stderr, "field %d: \"%s\" then \"%s\"\n", i + 1,
				a->f[i], b->f[i]);
		FUZZ_ASSERT(a->f[i] && b->f[i] && !strcmp(a->f[i], b->f[i]));
	}
	FUZZ_ASSERT(a->line == b->line && a->column == b->column &&
		    a->column_end == b->column_end &&
		    a->store_line == b->store_line &&
		    a->wake_line == b->wake_line &&
		    a->stmt_line == b->stmt_line &&
		    a->wrong_barrier_line == b->wrong_barrier_line &&
		    a->confidence == b->confidence);
}

static void one_line(const char *p, size_t n)
{
	struct record rec, again, copy;
	char err[128], *line;
	int r;

	err[0] = '\0';
	r = record_parse(p, n, &rec, err, sizeof(err));
	FUZZ_ASSERT(r >= -1 && r <= 1);
	if (r < 0)
		FUZZ_ASSERT(err[0] != '\0');
	if (r != 1)
		return;
	FUZZ_ASSERT(rec.line >= 1);
	FUZZ_ASSERT(rec.confidence >= CONF_LOW && rec.confidence <= CONF_HIGH);
	FUZZ_ASSERT(*rec.f[REC_RULE] && *rec.f[REC_MESSAGE]);
	line = record_format(&rec);
	FUZZ_ASSERT(!strchr(line, '\n'));
	r = record_parse(line, strlen(line), &again, err, sizeof(err));
	FUZZ_ASSERT(r == 1);
	/*
	 * A CR that ends the line is taken for a CRLF line ending
	 * (RECORDS.md escapes only backslash, tab and newline), so one
	 * that ends the last field does not come back.
	 */
	if (line[0] && line[strlen(line) - 1] == '\r') {
		size_t k = strlen(again.f[REC_NFIELDS - 1]);

		again.f[REC_NFIELDS - 1] =
			xrealloc(again.f[REC_NFIELDS - 1], k + 2);
		strcpy(again.f[REC_NFIELDS - 1] + k, "\r");
	}
	same_fields(&rec, &again);
	record_copy(&copy, &rec);
	same_fields(&rec, &copy);
	free(line);
	record_free(&again);
	record_free(&copy);
	record_free(&rec);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *p = (const char *)data, *end = p + size;
	struct diag *d;
	size_t n, i, k;

	while (p < end) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		size_t len = (size_t)((nl ? nl : end) - p);

		one_line(p, len);
		p = nl ? nl + 1 : end;
	}
	diag_parse((const char *)data, size, &d, &n);
	for (i = 0; i < n; i++) {
		FUZZ_ASSERT(d[i].file);
		FUZZ_ASSERT(d[i].kind == DIAG_BAD || d[i].kind == DIAG_EXN);
		if (d[i].kind == DIAG_EXN)
			FUZZ_ASSERT(d[i].text);
		for (k = 0; k < d[i].nlines; k++)
			FUZZ_ASSERT(d[i].lines[k]);
	}
	diag_free(d, n);
	return 0;
}
