/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * What the JSON and SARIF formats share: strings that are always UTF-8,
 * members added in one call, and writing the document out.
 */
#ifndef WQCHECK_JSON_OUT_H
#define WQCHECK_JSON_OUT_H

#include <json-c/json.h>
#include <stdio.h>

/*
 * A JSON string for @v. JSON text must be UTF-8, and a file name or a
 * line of code need not be: each byte that is not part of valid UTF-8
 * becomes U+FFFD.
 */
json_object *json_str(const char *v);

/* @o[@key] = @v, a string as json_str() makes it. */
void json_put_str(json_object *o, const char *key, const char *v);
/* @o[@key] = @v, a number. */
void json_put_int(json_object *o, const char *key, long v);
/* @o[@key] = @v, or null when @v is "" (a field that is not known). */
void json_put_opt(json_object *o, const char *key, const char *v);

/*
 * Print @root indented, with a final newline, and release it. 0, or -1
 * if writing failed.
 */
int json_write(FILE *out, json_object *root);

#endif
