// SPDX-License-Identifier: GPL-2.0-only
/*
 * JSON output with json-c, shared by format_json.c and format_sarif.c.
 */
#include "json_out.h"

#include "util.h"

/* Length of the valid UTF-8 sequence at @s, or 0 if there is none. */
static size_t utf8_len(const unsigned char *s)
{
	size_t n, i;
	unsigned long c;

	if (s[0] < 0x80)
		return 1;
	if (s[0] >= 0xc2 && s[0] <= 0xdf)
		n = 2;
	else if (s[0] >= 0xe0 && s[0] <= 0xef)
		n = 3;
	else if (s[0] >= 0xf0 && s[0] <= 0xf4)
		n = 4;
	else
		return 0;
	c = s[0] & (0x3f >> (n - 1));
	for (i = 1; i < n; i++) {
		if ((s[i] & 0xc0) != 0x80)
			return 0;
		c = c << 6 | (s[i] & 0x3f);
	}
	/* Overlong forms, surrogates and past U+10FFFF are not UTF-8. */
	if ((n == 3 && c < 0x800) || (n == 4 && c < 0x10000) ||
	    (c >= 0xd800 && c <= 0xdfff) || c > 0x10ffff)
		return 0;
	return n;
}

json_object *json_str(const char *v)
{
	const unsigned char *s = (const unsigned char *)v;
	struct strbuf sb = { 0 };
	json_object *o;
	size_t n;

	for (; *s; s += n ? n : 1) {
		n = utf8_len(s);
		if (n)
			sb_add(&sb, (const char *)s, n);
		else
			sb_puts(&sb, "\xef\xbf\xbd");
	}
	o = json_object_new_string(sb.buf ? sb.buf : "");
	sb_free(&sb);
	return o;
}

void json_put_str(json_object *o, const char *key, const char *v)
{
	json_object_object_add(o, key, json_str(v));
}

void json_put_int(json_object *o, const char *key, long v)
{
	json_object_object_add(o, key, json_object_new_int64(v));
}

void json_put_opt(json_object *o, const char *key, const char *v)
{
	json_object_object_add(o, key, *v ? json_str(v) : NULL);
}

int json_write(FILE *out, json_object *root)
{
	fputs(json_object_to_json_string_ext(
		      root, JSON_C_TO_STRING_PRETTY | JSON_C_TO_STRING_SPACED |
				    JSON_C_TO_STRING_NOSLASHESCAPE),
	      out);
	fputc('\n', out);
	json_object_put(root);
	return fflush(out) || ferror(out) ? -1 : 0;
}
