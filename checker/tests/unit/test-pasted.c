// SPDX-License-Identifier: GPL-2.0-only
/*
 * Helpers made by token pasting in a header's macro: which calls of a
 * checking function get an expansion after the end of the reduced copy.
 */
#include <fcntl.h>
#include <unistd.h>

#include "pasted.h"
#include "prefilter.h"
#include "reduce.h"
#include "unit.h"
#include "util.h"
#include "walk.h"

static char *dir;

static char *put(const char *name, const char *text)
{
	char *p = path_join(dir, name);
	int fd = open(p, O_WRONLY | O_CREAT | O_TRUNC, 0600);

	CHECK_INT(write(fd, text, strlen(text)), (long)strlen(text));
	close(fd);
	return p;
}

static const char flags_h[] =
	"#define NODE_FLAGS() x(busy) x(dirty)\n"
	"#define x(flag)\t\t\t\t\\\n"
	"static inline void clear_node_ ## flag(struct node *n)\t\\\n"
	"{\tclear_bit(NODE_ ## flag, &n->flags); }\t\\\n"
	"static inline const char *node_name_ ## flag(void)\t\\\n"
	"{\treturn #flag; }\n"
	"NODE_FLAGS()\n"
	"#undef x\n"
	"#define BUF_FNS(bit, name) \\\n"
	"static inline void set_buf_##name(struct buf *b) \\\n"
	"{ set_bit(BUF_##bit, &b->state); }\n"
	"BUF_FNS(Lock, locked)\n"
	"#define WAKE_FNS(name) \\\n"
	"static inline void wake_node_##name(struct node *n) \\\n"
	"{ wake_up_bit(&n->flags, NODE_##name); }\n"
	"WAKE_FNS(busy)\n";

static const char waker_c[] =
	"void waker(struct node *n, struct buf *b)\n"
	"{\n"
	"\tclear_node_busy(n);\n"
	"\tclear_node_stale(n);\n"
	"\tnode_name_busy();\n"
	"\tset_buf_locked(b);\n"
	"\twake_node_busy(n);\n"
	"\twake_up_bit(&n->flags, NODE_busy);\n"
	"\tclear_node_dirty(n);\n"
	"}\n";

/* What pasted_expand() appends to waker.c with flags.h beside it. */
static char *appended(const char *header, size_t *n)
{
	struct wfile files[2];
	struct walk_result w = { .files = files, .nfiles = 2 };
	struct reduced red;
	struct pasted *p;
	char *out;

	files[0].path = put("flags.h", header);
	files[1].path = put("waker.c", waker_c);
	reduce_text(waker_c, strlen(waker_c), prefilter_default(), &red);
	p = pasted_new(&w);
	*n = pasted_expand(p, files[1].path, waker_c, &red);
	out = xstrndup(red.text + strlen(waker_c), *n);
	CHECK_INT(red.len, strlen(waker_c) + *n);
	pasted_free(p);
	reduced_free(&red);
	free(files[0].path);
	free(files[1].path);
	return out;
}

/*
 * clear_node_busy(): busy is named by the header's list. Not
 * clear_node_stale() (stale is named nowhere), nor node_name_busy() (its
 * body makes a string of the parameter), nor clear_node_dirty() (after
 * the check), nor wake_node_busy() (it tests the wait list itself: its
 * check would be past the end of the file). set_buf_locked(): its bit
 * comes from BUF_FNS(Lock, locked).
 */
static void test_expanded(void)
{
	size_t n;
	char *out = appended(flags_h, &n);

	CHECK_STR(out, "static inline void clear_node_busy(struct node *n)\t "
		       "{\tclear_bit(NODE_busy, &n->flags); }\n"
		       "static inline void set_buf_locked(struct buf *b)  "
		       "{ set_bit(BUF_Lock, &b->state); }\n");
	free(out);
}

/* No macro with pasting in the directory: nothing is appended. */
static void test_nothing(void)
{
	size_t n;
	char *out = appended("#define NODE_busy 0\n", &n);

	CHECK_INT(n, 0);
	CHECK_STR(out, "");
	free(out);
}

int main(void)
{
	dir = make_temp_dir("wqcheck-test-pasted");
	if (!dir)
		return 1;
	RUN(test_expanded);
	RUN(test_nothing);
	remove_tree(dir);
	free(dir);
	return unit_done();
}
