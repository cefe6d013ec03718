// SPDX-License-Identifier: GPL-2.0-only
/*
 * Only a comment mentions waitqueue_active(): spatch has nothing to see.
 */
int comments_only(int x)
{
	return x + 1; /* no waitqueue_active() here either */
}
