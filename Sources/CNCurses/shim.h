#ifndef OPTOUT_CNCURSES_SHIM_H
#define OPTOUT_CNCURSES_SHIM_H

/* The wide-character API (get_wch, add_wch, wint_t) needs these before curses.h. */
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif

#include <locale.h>
#include <wchar.h>
#include <signal.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>
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
static inline attr_t optout_attr_dim(void) { return A_DIM; }

/* Reads one key or character; the value goes to *value. Returns OK, KEY_CODE_YES or ERR. */
static inline int optout_get_wch(WINDOW *window, unsigned int *value) {
    wint_t ch = 0;
    int status = wget_wch(window, &ch);
    *value = (unsigned int)ch;
    return status;
}

/* Draws one cell: a spacing character followed by up to four combining characters
   (text is NUL-terminated), with attributes and a colour pair. */
static inline int optout_put_cell(WINDOW *window, int row, int column, const wchar_t *text, attr_t attributes, short pair) {
    cchar_t cell;
    if (setcchar(&cell, text, attributes, pair, NULL) != OK) return ERR;
    return mvwadd_wch(window, row, column, &cell);
}

/* True when terminfo knows the terminal named by TERM, so initscr will not exit the program. */
static inline int optout_terminal_is_known(void) {
    int error = 0;
    if (setupterm(NULL, STDOUT_FILENO, &error) != OK) return 0;
    del_curterm(cur_term);
    return 1;
}

/* Signals. The handlers only record what happened; the main loop acts on it. They are installed
   without SA_RESTART so a blocking read in get_wch returns ERR with EINTR. */
static volatile sig_atomic_t optout_received_terminating_signal = 0;
static volatile sig_atomic_t optout_received_continue = 0;

static void optout_record_terminating_signal(int signal_number) {
    optout_received_terminating_signal = signal_number;
}

static void optout_record_continue(int signal_number) {
    (void)signal_number;
    optout_received_continue = 1;
}

/* Installs the recording handlers for SIGINT, SIGTERM, SIGHUP and SIGCONT. */
static inline void optout_install_signal_handlers(void) {
    static const int terminating[] = { SIGINT, SIGTERM, SIGHUP };
    struct sigaction action;
    memset(&action, 0, sizeof action);
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0;
    action.sa_handler = optout_record_terminating_signal;
    for (unsigned i = 0; i < sizeof terminating / sizeof terminating[0]; i++) {
        sigaction(terminating[i], &action, NULL);
    }
    action.sa_handler = optout_record_continue;
    sigaction(SIGCONT, &action, NULL);
}

/* Unblocks the signals the full screen depends on (a parent may have started the program with
   them blocked, as threads of many runtimes do): SIGINT, SIGTERM, SIGHUP, SIGCONT, SIGTSTP, SIGWINCH. */
static inline void optout_unblock_handled_signals(void) {
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGTERM);
    sigaddset(&set, SIGHUP);
    sigaddset(&set, SIGCONT);
    sigaddset(&set, SIGTSTP);
    sigaddset(&set, SIGWINCH);
    sigprocmask(SIG_UNBLOCK, &set, NULL);
}

/* Puts SIGINT, SIGTERM, SIGHUP and SIGCONT back to their default actions. */
static inline void optout_remove_signal_handlers(void) {
    static const int handled[] = { SIGINT, SIGTERM, SIGHUP, SIGCONT };
    for (unsigned i = 0; i < sizeof handled / sizeof handled[0]; i++) {
        signal(handled[i], SIG_DFL);
    }
}

/* The terminating signal received (SIGINT, SIGTERM or SIGHUP), or 0. */
static inline int optout_terminating_signal(void) { return optout_received_terminating_signal; }

/* True once after SIGCONT was received (the program was continued after a stop). */
static inline int optout_take_continue(void) {
    int received = optout_received_continue;
    optout_received_continue = 0;
    return received;
}

/* Crash safety: on a runtime trap or fault, put the terminal back the way it was before the
   full screen started, then let the previous handler (for example Swift's backtracer) run.
   Everything here is async-signal-safe: write, tcsetattr, sigaction, raise. */
static volatile sig_atomic_t optout_have_saved_termios = 0;
static const int optout_crash_signals[] = { SIGILL, SIGTRAP, SIGABRT, SIGSEGV, SIGBUS };

/* Storage lives in function-local statics: Swift's C importer emits those with the function. */
static inline struct termios *optout_saved_termios_storage(void) {
    static struct termios saved;
    return &saved;
}

static inline struct sigaction *optout_previous_crash_action(int signal_number) {
    static struct sigaction previous[NSIG];
    return &previous[signal_number];
}

static void optout_restore_terminal_after_crash(int signal_number) {
    /* Attributes off, leave the alternate screen, show the cursor, normal cursor and keypad keys. */
    static const char reset[] = "\033[0m\033[?1049l\033[?25h\033[?1l\033>\r\n";
    ssize_t written = write(STDOUT_FILENO, reset, sizeof reset - 1);
    (void)written;
    if (optout_have_saved_termios) tcsetattr(STDIN_FILENO, TCSANOW, optout_saved_termios_storage());
    sigaction(signal_number, optout_previous_crash_action(signal_number), NULL);
    raise(signal_number);
}

/* Saves the terminal settings of standard input; call before initscr. Returns 1 when saved. */
static inline int optout_save_terminal_settings(void) {
    if (tcgetattr(STDIN_FILENO, optout_saved_termios_storage()) != 0) return 0;
    optout_have_saved_termios = 1;
    return 1;
}

/* Puts the saved terminal settings back (outside a signal handler). */
static inline void optout_restore_terminal_settings(void) {
    if (optout_have_saved_termios) tcsetattr(STDIN_FILENO, TCSANOW, optout_saved_termios_storage());
}

/* Chains the crash handler in front of whatever handles SIGILL, SIGTRAP, SIGABRT, SIGSEGV, SIGBUS. */
static inline void optout_install_crash_handlers(void) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_ONSTACK;
    action.sa_handler = optout_restore_terminal_after_crash;
    for (unsigned i = 0; i < sizeof optout_crash_signals / sizeof optout_crash_signals[0]; i++) {
        int s = optout_crash_signals[i];
        sigaction(s, &action, optout_previous_crash_action(s));
    }
}

/* Puts the previous crash handlers back. */
static inline void optout_remove_crash_handlers(void) {
    for (unsigned i = 0; i < sizeof optout_crash_signals / sizeof optout_crash_signals[0]; i++) {
        int s = optout_crash_signals[i];
        sigaction(s, optout_previous_crash_action(s), NULL);
    }
}

#endif
