// SPDX-License-Identifier: GPL-2.0-only
/*
 * The words the waiter index looks for (index_words.h): the queues'
 * members and types, constant bits, accessors, the wakers' directories.
 */
#include "index_words.h"

#include <stdlib.h>
#include <string.h>

#include "accessor.h"
#include "identity.h"
#include "judge_bits.h"
#include "util.h"

static void add_word(char ***v, size_t *n, char *word)
{
	if (!word || !*word) {
		free(word);
		return;
	}
	*v = xrealloc(*v, (*n + 1) * sizeof(**v));
	(*v)[(*n)++] = word;
}

/* Sort @v and drop its repeats. */
static void uniq(char **v, size_t *n)
{
	size_t i, j, out = 0;

	sort_array(v, *n, sizeof(*v), cmp_strings);
	for (i = 0; i < *n; i = j) {
		for (j = i + 1; j < *n && !strcmp(v[i], v[j]); j++)
			free(v[j]);
		v[out++] = v[i];
	}
	*n = out;
}

/* "struct kioctx" -> "kioctx", "foo_t" -> "foo_t", "" -> NULL. */
static char *type_tag(const char *type)
{
	const char *sp = strrchr(type, ' ');
	const char *tag = sp ? sp + 1 : type;

	return *tag ? xstrdup(tag) : NULL;
}

static void add_pair(struct index_words *iw, char *member, char *tag)
{
	size_t i;

	for (i = 0; i < iw->npairs; i++)
		if (!strcmp(iw->members[i], member) && !strcmp(iw->tags[i], tag))
			break;
	if (i < iw->npairs) {
		free(member);
		free(tag);
		return;
	}
	iw->members = xrealloc(iw->members,
			       (iw->npairs + 1) * sizeof(*iw->members));
	iw->tags = xrealloc(iw->tags, (iw->npairs + 1) * sizeof(*iw->tags));
	iw->members[iw->npairs] = member;
	iw->tags[iw->npairs++] = tag;
}

/*
 * A waiter may name the queue by an accessor's call (sk_sleep(sk)): the
 * name says which queue by itself, so it is looked for as a bit is.
 */
static void accessor_words(const struct ident *id, struct index_words *iw)
{
	size_t i, n;
	const struct accessor *a = ident_accessors(&n);

	for (i = 0; i < n; i++)
		if (!strcmp(a[i].chain, id->chain) &&
		    !strcmp(a[i].type, id->type))
			add_word(&iw->bits, &iw->nbits, xstrdup(a[i].name));
}

static void record_words(const struct record *r, struct index_words *iw)
{
	char *bit = NULL, *q = queue_first_arg(r->f[REC_WAIT_QUEUE], &bit), *tag;
	struct ident id;
	char *slash;

	ident_init(&id, q, r->f[REC_QUEUE_TYPE],
		   record_where(r));
	/*
	 * A bare variable (a file-scope queue, wait_var_event(q, ...) on a
	 * parameter) pairs only in its directory: its name, with no tag.
	 */
	tag = *id.chain ? type_tag(id.type) : NULL;
	if (tag)
		accessor_words(&id, iw);
	add_pair(iw, last_member(q), tag ? tag : xstrdup(""));
	if (*r->f[REC_BIT]) {
		free(bit);
		bit = xstrdup(r->f[REC_BIT]);
	}
	if (bit_is_constant(bit))
		add_word(&iw->bits, &iw->nbits, bit);
	else
		free(bit);
	slash = strrchr(id.file, '/');
	add_word(&iw->dirs, &iw->ndirs,
		 slash ? xstrndup(id.file, (size_t)(slash - id.file + 1)) :
			 xstrdup("./"));
	ident_free(&id);
	free(q);
}

void index_words_collect(const struct record *recs, size_t n,
		       struct index_words *iw)
{
	size_t i;

	memset(iw, 0, sizeof(*iw));
	for (i = 0; i < n; i++)
		record_words(&recs[i], iw);
	uniq(iw->bits, &iw->nbits);
	uniq(iw->dirs, &iw->ndirs);
}

void index_words_free(struct index_words *iw)
{
	free_strv(iw->members, iw->npairs);
	free_strv(iw->tags, iw->npairs);
	free_strv(iw->bits, iw->nbits);
	free_strv(iw->dirs, iw->ndirs);
	memset(iw, 0, sizeof(*iw));
}
