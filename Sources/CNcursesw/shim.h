#ifndef TAGBENCH_CNCURSESW_SHIM_H
#define TAGBENCH_CNCURSESW_SHIM_H
// The wide-character API (get_wch, add_wch, cchar_t) needs this before curses.h.
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <locale.h>
#include <ncursesw/curses.h>

// Macros Swift cannot import come through these functions, and nowhere else.
static inline int tb_a_bold(void) { return (int)A_BOLD; }
static inline int tb_a_reverse(void) { return (int)A_REVERSE; }
static inline int tb_a_dim(void) { return (int)A_DIM; }
static inline int tb_a_underline(void) { return (int)A_UNDERLINE; }
static inline int tb_color_pair(int n) { return (int)COLOR_PAIR(n); }
static inline int tb_key_resize(void) { return KEY_RESIZE; }
#endif
