// SPDX-License-Identifier: GPL-2.0-only
/*
 * Setters of included headers: which static inline functions of the
 * headers a file includes are setters, and how the includes are found.
 */
#include <fcntl.h>
#include <unistd.h>

#include "setter.h"
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

static const char x_h[] =
	"/* { not a body } */\n"
	"struct s { int m; };\n"
	"static inline void a_set(struct s *p, int v)\n"
	"{\n\tWRITE_ONCE(p->m, v); /* the store */\n}\n"
	"static __always_inline void b_add(struct s *p, int v)\n"
	"{ p->n.k += v; p->c++; p->d <<= 1; }\n"
	"static inline void c_cond(struct s *p) { if (p->m) p->m = 0; }\n"
	"static inline void d_call(struct s *p) { foo(p); }\n"
	"#ifdef X\n"
	"static inline void e_twice(struct s *p) { p->m = 1; }\n"
	"#else\n"
	"static inline void e_twice(struct s *p) { }\n"
	"#endif\n"
	"static inline void f_deref(int *x) { *x = 1; }\n"
	"static inline int g_ret(struct s *p) { p->m = 1; return 0; }\n"
	"static inline void h_other(struct s *p) { q->m = 1; }\n"
	"static inline void i_test(struct s *p) { p->m == 1; }\n"
	"static void j_static(struct s *p) { p->m = 1; }\n"
	"static inline void k_ifdef(struct s *p)\n"
	"{\n#ifdef Y\n\tp->m = 1;\n#endif\n}\n";

static const char local_h[] =
	"static inline void l_set(struct s *p) { p->m = 2; }\n";

static const char w_c[] =
	"#include <net/x.h>\n"
	" # include \"local.h\"\n"
	"#include <linux/absent.h>\n";

static char *found(const struct setter_scope *sc, const char *name)
{
	char *def = setter_find(sc, name, strlen(name));

	return def ? def : xstrdup("(none)");
}

static void test_setters(void)
{
	static const char *const none[] = { "c_cond", "d_call", "e_twice",
					    "f_deref", "g_ret", "h_other",
					    "i_test", "j_static", "k_ifdef",
					    "absent" };
	struct wfile files[3];
	struct walk_result w = { .files = files, .nfiles = 3 };
	struct setter_scope sc;
	struct setters *s;
	char *sub = path_join(dir, "sub"), *def;
	size_t i;

	CHECK_INT(mkdir_p(sub), 0);
	CHECK_INT(mkdir_p(dir), 0);
	free(sub);
	sub = path_join(dir, "include/net");
	CHECK_INT(mkdir_p(sub), 0);
	free(sub);
	files[0].path = put("include/net/x.h", x_h);
	files[1].path = put("sub/local.h", local_h);
	files[2].path = put("sub/w.c", w_c);
	s = setters_new(&w);
	setter_scope_init(&sc, s, files[2].path, w_c, strlen(w_c));
	CHECK_INT(sc.n, 2);
	def = found(&sc, "a_set");
	CHECK_STR(def, "static inline void a_set(struct s *p, int v) "
		       "{ WRITE_ONCE(p->m, v); }");
	free(def);
	def = found(&sc, "b_add");
	CHECK_STR(def, "static __always_inline void b_add(struct s *p, int v) "
		       "{ p->n.k += v; p->c++; p->d <<= 1; }");
	free(def);
	def = found(&sc, "l_set");
	CHECK_STR(def, "static inline void l_set(struct s *p) { p->m = 2; }");
	free(def);
	for (i = 0; i < ARRAY_SIZE(none); i++) {
		def = found(&sc, none[i]);
		CHECK_STR(def, "(none)");
		free(def);
	}
	setter_scope_free(&sc);
	setters_free(s);
	for (i = 0; i < 3; i++)
		free(files[i].path);
}

int main(void)
{
	dir = make_temp_dir("wqcheck-test-setter");
	if (!dir)
		return 1;
	RUN(test_setters);
	remove_tree(dir);
	free(dir);
	return unit_done();
}
