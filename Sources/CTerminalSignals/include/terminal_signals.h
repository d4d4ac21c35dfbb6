#ifndef OPTOUT_TERMINAL_SIGNALS_H
#define OPTOUT_TERMINAL_SIGNALS_H

/*
 * Signals, the terminal's settings and child programs for the full screen, with all their state in
 * one place (signals.c): one definition of each flag, whatever the build.
 *
 * Signal handlers only record what arrived and write a byte to a pipe (the self-pipe), so the main
 * loop, which waits with poll() on the terminal and that pipe, always wakes up: a signal can never
 * land between the loop's check and its wait and be missed.
 */

#include <sys/types.h>

#ifdef __cplusplus
extern "C" {
#endif

/* --- Signals that ask optout to stop, suspend, continue or lay out again --- */

/* Catches the signals whose default action ends the process (SIGINT, SIGTERM, SIGHUP, SIGQUIT,
   SIGUSR1, SIGUSR2, SIGALRM, SIGVTALRM, SIGPROF, SIGXCPU, SIGPIPE and, on Linux, SIGIO, SIGPWR and
   SIGSTKFLT), SIGTSTP, SIGCONT and SIGWINCH, and unblocks them. A signal that was ignored when the
   program started (nohup, a shell without job control) is left ignored, except SIGCONT and SIGWINCH,
   which only ever ask for a redraw. The actions found are kept for optout_signals_restore. Calling
   it again re-applies the handlers (after a library replaced some) without forgetting the actions
   found the first time. Returns 0, or -1 when the self-pipe could not be made. */
int optout_signals_install(void);

/* Puts back the actions and the signal mask found by the first optout_signals_install. */
void optout_signals_restore(void);

/* True (1) while the handlers are installed. */
int optout_signals_installed(void);

/* The first terminating signal received since the handlers were installed, or 0. */
int optout_signals_terminating(void);

/* Each returns 1 once after its signal arrived (SIGTSTP, SIGCONT, SIGWINCH), else 0. */
int optout_signals_take_stop(void);
int optout_signals_take_continue(void);
int optout_signals_take_resize(void);

/* What optout_signals_wait saw. */
enum {
    OPTOUT_WAIT_TIMEOUT = 0,
    /* The descriptor has input, or it hung up (a read then says which). */
    OPTOUT_WAIT_INPUT = 1,
    /* A signal was recorded (or the wait was interrupted): check the flags, then wait again. */
    OPTOUT_WAIT_SIGNAL = 2,
    OPTOUT_WAIT_ERROR = -1,
};

/* Waits until `fd` can be read, a signal is recorded, or `timeout_ms` milliseconds pass (-1: no
   limit). Recorded signals are checked before and after the wait. */
int optout_signals_wait(int fd, int timeout_ms);

/* Stops the process as the default SIGTSTP action would (the shell then has the terminal), and
   returns once it is continued; the SIGTSTP handler is back in place afterwards. Does nothing when
   SIGTSTP was ignored at the start. */
void optout_signals_suspend(void);

/* --- The terminal's settings and crashes --- */

/* Saves the settings of the terminal on standard input, to be put back on a crash or a stop.
   Returns 1 when saved. */
int optout_terminal_save(void);

/* Puts the saved settings back (outside a signal handler). */
void optout_terminal_restore(void);

/* Chains a handler in front of whatever handles SIGILL, SIGTRAP, SIGABRT, SIGSEGV, SIGBUS, SIGFPE
   and SIGSYS: it leaves the alternate screen, turns bracketed paste off, shows the cursor, puts the
   saved terminal settings back, removes the temporary file registered below, and then lets the
   previous action (Swift's backtracer, or the default) run. It runs on an alternate signal stack
   (one is set up when the thread has none), so a stack overflow is handled too. Signals ignored at
   the start stay ignored. */
void optout_crash_install(void);

/* Puts the previous crash actions back, and removes the alternate stack if this file set it up. */
void optout_crash_remove(void);

/* A file the crash handler removes (a temporary file holding the member's text); NULL forgets it. */
void optout_crash_set_cleanup_path(const char *path);

/* --- Running another program on the terminal --- */

/* How optout_run_child ended. */
enum {
    OPTOUT_CHILD_WAITED = 0,
    OPTOUT_CHILD_NOT_STARTED = 1,
    OPTOUT_CHILD_WAIT_FAILED = 2,
};

/* Runs the program at `path` (not searched on PATH) with `argv` and `envp` and waits for it.
   When optout owns the terminal's foreground, the child gets a process group of its own and the
   terminal's foreground, as a shell gives a job: Ctrl-C, Ctrl-\ and Ctrl-Z at the keyboard go to
   it alone. When the child is stopped (Ctrl-Z in an editor), optout takes the terminal back, stops
   itself so the member's shell has the terminal, and on `fg` hands the terminal back to the child
   and continues it. When a terminating signal reaches optout meanwhile, it is passed on to the
   child (SIGHUP as SIGHUP, anything else as SIGTERM), which gets 3 seconds before SIGKILL.
   SIGCHLD is given its default action while waiting, so an ignored SIGCHLD cannot make the wait fail.
   Returns OPTOUT_CHILD_WAITED with the wait status in *status, or NOT_STARTED / WAIT_FAILED with
   the reason in *error_number. */
int optout_run_child(const char *path, char *const argv[], char *const envp[], int *status, int *error_number);

/* --- File systems --- */

/* 1 when the folder is on a file system that is the kernel's view of itself and takes no files of a
   program's own (proc, sysfs, cgroup; creating a file there fails with "no such file or directory"),
   else 0. Linux only (statfs's f_type, which Swift's Glibc module does not declare); 0 elsewhere. */
int optout_folder_takes_no_files(const char *folder);

#ifdef __cplusplus
}
#endif

#endif
