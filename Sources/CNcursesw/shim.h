#ifndef TAGBENCH_CNCURSESW_SHIM_H
#define TAGBENCH_CNCURSESW_SHIM_H
// The wide-character API (get_wch, add_wch, cchar_t) needs this before curses.h.
// (Package.swift gives no pkg-config cflags: ncursesw.pc's -D_XOPEN_SOURCE=600 is a flag
// SwiftPM prohibits, and this define is all the header needs.)
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <locale.h>
#include <langinfo.h>
#include <wchar.h>
#include <ncursesw/curses.h>

// glibc declares wcwidth only under _XOPEN_SOURCE, which Swift's Glibc module is not built
// with; the function is always there. Display widths must match what ncurses uses.
extern int wcwidth(wchar_t c);

// Macros and globals Swift cannot import (or cannot use safely in Swift 6) come through
// these functions, and nowhere else.
static inline unsigned int tb_a_normal(void) { return (unsigned int)A_NORMAL; }
static inline unsigned int tb_a_bold(void) { return (unsigned int)A_BOLD; }
static inline unsigned int tb_a_reverse(void) { return (unsigned int)A_REVERSE; }
static inline unsigned int tb_a_dim(void) { return (unsigned int)A_DIM; }
static inline unsigned int tb_a_underline(void) { return (unsigned int)A_UNDERLINE; }
static inline int tb_color_pair(int n) { return (int)COLOR_PAIR(n); }
static inline int tb_key_resize(void) { return KEY_RESIZE; }
static inline WINDOW *tb_stdscr(void) { return stdscr; }
static inline int tb_lines(void) { return getmaxy(stdscr); }
static inline int tb_cols(void) { return getmaxx(stdscr); }
static inline int tb_colors(void) { return COLORS; }
static inline int tb_color_pairs(void) { return COLOR_PAIRS; }
static inline int tb_ccharw_max(void) { return CCHARW_MAX; }
#endif
