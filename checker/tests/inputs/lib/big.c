// SPDX-License-Identifier: GPL-2.0-only
/* Many unrelated functions: reduced away, line numbers kept. */
#include <linux/wait.h>

static int big_0(int x)
{
#ifdef CONFIG_BIG_0
	x += 0;
#endif
	if (x > 0) {
		x /= 2; /* } */
		return x;
	}
	return x * 1;
}

static int big_1(int x)
{
#ifdef CONFIG_BIG_1
	x += 1;
#endif
	if (x > 1) {
		x /= 2; /* } */
		return x;
	}
	return x * 2;
}

static int big_2(int x)
{
#ifdef CONFIG_BIG_2
	x += 2;
#endif
	if (x > 2) {
		x /= 2; /* } */
		return x;
	}
	return x * 3;
}

static int big_3(int x)
{
#ifdef CONFIG_BIG_3
	x += 3;
#endif
	if (x > 3) {
		x /= 2; /* } */
		return x;
	}
	return x * 4;
}

static int big_4(int x)
{
#ifdef CONFIG_BIG_4
	x += 4;
#endif
	if (x > 4) {
		x /= 2; /* } */
		return x;
	}
	return x * 5;
}

static int big_5(int x)
{
#ifdef CONFIG_BIG_5
	x += 5;
#endif
	if (x > 5) {
		x /= 2; /* } */
		return x;
	}
	return x * 6;
}

static int big_6(int x)
{
#ifdef CONFIG_BIG_6
	x += 6;
#endif
	if (x > 6) {
		x /= 2; /* } */
		return x;
	}
	return x * 7;
}

static int big_7(int x)
{
#ifdef CONFIG_BIG_7
	x += 7;
#endif
	if (x > 7) {
		x /= 2; /* } */
		return x;
	}
	return x * 8;
}

static int big_8(int x)
{
#ifdef CONFIG_BIG_8
	x += 8;
#endif
	if (x > 8) {
		x /= 2; /* } */
		return x;
	}
	return x * 9;
}

static int big_9(int x)
{
#ifdef CONFIG_BIG_9
	x += 9;
#endif
	if (x > 9) {
		x /= 2; /* } */
		return x;
	}
	return x * 10;
}

static int big_10(int x)
{
#ifdef CONFIG_BIG_10
	x += 10;
#endif
	if (x > 10) {
		x /= 2; /* } */
		return x;
	}
	return x * 11;
}

static int big_11(int x)
{
#ifdef CONFIG_BIG_11
	x += 11;
#endif
	if (x > 11) {
		x /= 2; /* } */
		return x;
	}
	return x * 12;
}

static int big_12(int x)
{
#ifdef CONFIG_BIG_12
	x += 12;
#endif
	if (x > 12) {
		x /= 2; /* } */
		return x;
	}
	return x * 13;
}

static int big_13(int x)
{
#ifdef CONFIG_BIG_13
	x += 13;
#endif
	if (x > 13) {
		x /= 2; /* } */
		return x;
	}
	return x * 14;
}

static int big_14(int x)
{
#ifdef CONFIG_BIG_14
	x += 14;
#endif
	if (x > 14) {
		x /= 2; /* } */
		return x;
	}
	return x * 15;
}

static int big_15(int x)
{
#ifdef CONFIG_BIG_15
	x += 15;
#endif
	if (x > 15) {
		x /= 2; /* } */
		return x;
	}
	return x * 16;
}

static int big_16(int x)
{
#ifdef CONFIG_BIG_16
	x += 16;
#endif
	if (x > 16) {
		x /= 2; /* } */
		return x;
	}
	return x * 17;
}

static int big_17(int x)
{
#ifdef CONFIG_BIG_17
	x += 17;
#endif
	if (x > 17) {
		x /= 2; /* } */
		return x;
	}
	return x * 18;
}

static int big_18(int x)
{
#ifdef CONFIG_BIG_18
	x += 18;
#endif
	if (x > 18) {
		x /= 2; /* } */
		return x;
	}
	return x * 19;
}

static int big_19(int x)
{
#ifdef CONFIG_BIG_19
	x += 19;
#endif
	if (x > 19) {
		x /= 2; /* } */
		return x;
	}
	return x * 20;
}

static int big_20(int x)
{
#ifdef CONFIG_BIG_20
	x += 20;
#endif
	if (x > 20) {
		x /= 2; /* } */
		return x;
	}
	return x * 21;
}

static int big_21(int x)
{
#ifdef CONFIG_BIG_21
	x += 21;
#endif
	if (x > 21) {
		x /= 2; /* } */
		return x;
	}
	return x * 22;
}

static int big_22(int x)
{
#ifdef CONFIG_BIG_22
	x += 22;
#endif
	if (x > 22) {
		x /= 2; /* } */
		return x;
	}
	return x * 23;
}

static int big_23(int x)
{
#ifdef CONFIG_BIG_23
	x += 23;
#endif
	if (x > 23) {
		x /= 2; /* } */
		return x;
	}
	return x * 24;
}

static int big_24(int x)
{
#ifdef CONFIG_BIG_24
	x += 24;
#endif
	if (x > 24) {
		x /= 2; /* } */
		return x;
	}
	return x * 25;
}

static int big_25(int x)
{
#ifdef CONFIG_BIG_25
	x += 25;
#endif
	if (x > 25) {
		x /= 2; /* } */
		return x;
	}
	return x * 26;
}

static int big_26(int x)
{
#ifdef CONFIG_BIG_26
	x += 26;
#endif
	if (x > 26) {
		x /= 2; /* } */
		return x;
	}
	return x * 27;
}

static int big_27(int x)
{
#ifdef CONFIG_BIG_27
	x += 27;
#endif
	if (x > 27) {
		x /= 2; /* } */
		return x;
	}
	return x * 28;
}

static int big_28(int x)
{
#ifdef CONFIG_BIG_28
	x += 28;
#endif
	if (x > 28) {
		x /= 2; /* } */
		return x;
	}
	return x * 29;
}

static int big_29(int x)
{
#ifdef CONFIG_BIG_29
	x += 29;
#endif
	if (x > 29) {
		x /= 2; /* } */
		return x;
	}
	return x * 30;
}

static int big_30(int x)
{
#ifdef CONFIG_BIG_30
	x += 30;
#endif
	if (x > 30) {
		x /= 2; /* } */
		return x;
	}
	return x * 31;
}

static int big_31(int x)
{
#ifdef CONFIG_BIG_31
	x += 31;
#endif
	if (x > 31) {
		x /= 2; /* } */
		return x;
	}
	return x * 32;
}

static int big_32(int x)
{
#ifdef CONFIG_BIG_32
	x += 32;
#endif
	if (x > 32) {
		x /= 2; /* } */
		return x;
	}
	return x * 33;
}

static int big_33(int x)
{
#ifdef CONFIG_BIG_33
	x += 33;
#endif
	if (x > 33) {
		x /= 2; /* } */
		return x;
	}
	return x * 34;
}

static int big_34(int x)
{
#ifdef CONFIG_BIG_34
	x += 34;
#endif
	if (x > 34) {
		x /= 2; /* } */
		return x;
	}
	return x * 35;
}

static int big_35(int x)
{
#ifdef CONFIG_BIG_35
	x += 35;
#endif
	if (x > 35) {
		x /= 2; /* } */
		return x;
	}
	return x * 36;
}

static int big_36(int x)
{
#ifdef CONFIG_BIG_36
	x += 36;
#endif
	if (x > 36) {
		x /= 2; /* } */
		return x;
	}
	return x * 37;
}

static int big_37(int x)
{
#ifdef CONFIG_BIG_37
	x += 37;
#endif
	if (x > 37) {
		x /= 2; /* } */
		return x;
	}
	return x * 38;
}

static int big_38(int x)
{
#ifdef CONFIG_BIG_38
	x += 38;
#endif
	if (x > 38) {
		x /= 2; /* } */
		return x;
	}
	return x * 39;
}

static int big_39(int x)
{
#ifdef CONFIG_BIG_39
	x += 39;
#endif
	if (x > 39) {
		x /= 2; /* } */
		return x;
	}
	return x * 40;
}

struct big {
	long seq;
	wait_queue_head_t wait;
};

static void big_publish(struct big *b)
{
	b->seq = 1;
	if (waitqueue_active(&b->wait))
		wake_up(&b->wait);
}
