#ifndef OPTOUT_CNCURSES_SHIM_H
#define OPTOUT_CNCURSES_SHIM_H

/* The wide-character API (add_wch, cchar_t) needs these before curses.h. */
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif

#include <locale.h>
#include <stdio.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>
#include <wchar.h>
#if __has_include(<ncursesw/curses.h>)
#include <ncursesw/curses.h>
#include <ncursesw/term.h>
#else
#include <curses.h>
#include <term.h>
#endif

/* Attribute macros do not import into Swift; these return their values. */
static inline attr_t optout_attr_normal(void) { return A_NORMAL; }
static inline attr_t optout_attr_bold(void) { return A_BOLD; }
static inline attr_t optout_attr_reverse(void) { return A_REVERSE; }
static inline attr_t optout_attr_underline(void) { return A_UNDERLINE; }

/* Draws one cell: a spacing character followed by up to four combining characters
   (text is NUL-terminated), with attributes and a colour pair. */
static inline int optout_put_cell(WINDOW *window, int row, int column, const wchar_t *text, attr_t attributes, short pair) {
    cchar_t cell;
    if (setcchar(&cell, text, attributes, pair, NULL) != OK) return ERR;
    return mvwadd_wch(window, row, column, &cell);
}

/* What terminfo says about the terminal named by TERM: 1 when it knows it, 0 when it does not (or
   it is a hard-copy or generic terminal), -1 when there is no terminfo database. */
static inline int optout_terminal_check(void) {
    int error = 0;
    if (setupterm(NULL, STDOUT_FILENO, &error) != OK) return error == -1 ? -1 : 0;
    del_curterm(cur_term);
    return 1;
}

/* Starts curses on standard output and input without exiting the program when it cannot (initscr
   would): NULL then. */
static inline SCREEN *optout_newterm(void) {
    SCREEN *screen = newterm(NULL, stdout, stdin);
    if (screen != NULL) set_term(screen);
    return screen;
}

/* The whole-screen window of the current screen. */
static inline WINDOW *optout_stdscr(void) { return stdscr; }

/* Lays curses out again for the terminal's size now (after SIGWINCH). Returns 1 when the size was read. */
static inline int optout_resize_to_terminal(void) {
    struct winsize size;
    if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) != 0 || size.ws_row == 0 || size.ws_col == 0) return 0;
    resizeterm(size.ws_row, size.ws_col);
    return 1;
}

/* The string terminfo gives for a capability (such as "khome"), or NULL when it has none. */
static inline const char *optout_terminfo_string(const char *name) {
    char *value = tigetstr((char *)name);
    if (value == NULL || value == (char *)-1) return NULL;
    return value;
}

/* The width the C library gives a character in the current locale (-1: it cannot show it). */
static inline int optout_wcwidth(unsigned int character) {
    return wcwidth((wchar_t)character);
}

#endif
