/* Signals, terminal settings and child programs for the full screen: the one definition of every
   flag and saved action (see include/terminal_signals.h). Everything a handler touches is
   async-signal-safe: flags of type sig_atomic_t, write, tcsetattr, unlink, sigaction and raise. */

#ifndef _GNU_SOURCE
#define _GNU_SOURCE 1
#endif

#include "terminal_signals.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <string.h>
#include <sys/wait.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

extern char **environ;

#ifndef NSIG
#define NSIG 65
#endif

/* ---------------------------------------------------------------- the self-pipe */

static int wake_pipe[2] = { -1, -1 };

static int make_pipe(int fds[2], int nonblocking) {
    if (pipe(fds) != 0) return -1;
    for (int i = 0; i < 2; i++) {
        fcntl(fds[i], F_SETFD, FD_CLOEXEC);
        if (nonblocking) fcntl(fds[i], F_SETFL, fcntl(fds[i], F_GETFL) | O_NONBLOCK);
    }
    return 0;
}

static int ensure_wake_pipe(void) {
    if (wake_pipe[0] >= 0) return 0;
    return make_pipe(wake_pipe, 1);
}

/* From a handler: one byte into the pipe (a full pipe already wakes the reader). */
static void wake(void) {
    int saved = errno;
    if (wake_pipe[1] >= 0) {
        const char byte = 1;
        ssize_t written = write(wake_pipe[1], &byte, 1);
        (void)written;
    }
    errno = saved;
}

static void drain_wake_pipe(void) {
    char buffer[64];
    while (wake_pipe[0] >= 0 && read(wake_pipe[0], buffer, sizeof buffer) > 0) {}
}

/* ---------------------------------------------------------------- recorded signals */

static volatile sig_atomic_t received_terminating = 0;
static volatile sig_atomic_t received_stop = 0;
static volatile sig_atomic_t received_continue = 0;
static volatile sig_atomic_t received_resize = 0;

static void record_terminating(int signal_number) {
    if (received_terminating == 0) received_terminating = signal_number;
    wake();
}

static void record_stop(int signal_number) {
    (void)signal_number;
    received_stop = 1;
    wake();
}

static void record_continue(int signal_number) {
    (void)signal_number;
    received_continue = 1;
    wake();
}

static void record_resize(int signal_number) {
    (void)signal_number;
    received_resize = 1;
    wake();
}

static void record_child(int signal_number) {
    (void)signal_number;
    wake();
}

/* Signals whose default action ends the process and that a person or the system sends to ask a
   program to stop. Crash signals (below) are handled apart. */
static const int terminating_signals[] = {
    SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM, SIGVTALRM, SIGPROF, SIGXCPU, SIGPIPE,
#ifdef __linux__
    SIGIO,
#ifdef SIGPWR
    SIGPWR,
#endif
#ifdef SIGSTKFLT
    SIGSTKFLT,
#endif
#endif
};

#define COUNT(array) (sizeof (array) / sizeof (array)[0])

static int handlers_installed = 0;
static unsigned char caught[NSIG];
static void (*our_handler[NSIG])(int);
static struct sigaction previous_action[NSIG];
static sigset_t previous_mask;

static void apply(int signal_number) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    sigemptyset(&action.sa_mask);
    /* No SA_RESTART: a blocking call returns with EINTR, and the loop looks at the flags. */
    action.sa_flags = 0;
    action.sa_handler = our_handler[signal_number];
    sigaction(signal_number, &action, NULL);
}

static int was_ignored(const struct sigaction *action) {
    return !(action->sa_flags & SA_SIGINFO) && action->sa_handler == SIG_IGN;
}

static void catch_signal(int signal_number, void (*handler)(int), int keep_ignored) {
    struct sigaction old;
    if (sigaction(signal_number, NULL, &old) != 0) return;
    if (keep_ignored && was_ignored(&old)) return;
    previous_action[signal_number] = old;
    our_handler[signal_number] = handler;
    caught[signal_number] = 1;
    apply(signal_number);
}

int optout_signals_install(void) {
    if (handlers_installed) {
        for (int s = 1; s < NSIG; s++) {
            if (caught[s]) apply(s);
        }
        return 0;
    }
    if (ensure_wake_pipe() != 0) return -1;
    drain_wake_pipe();
    received_terminating = 0;
    received_stop = 0;
    received_continue = 0;
    received_resize = 0;
    memset(caught, 0, sizeof caught);

    sigset_t handled;
    sigemptyset(&handled);
    for (unsigned i = 0; i < COUNT(terminating_signals); i++) {
        catch_signal(terminating_signals[i], record_terminating, 1);
        sigaddset(&handled, terminating_signals[i]);
    }
    catch_signal(SIGTSTP, record_stop, 1);
    catch_signal(SIGCONT, record_continue, 0);
    catch_signal(SIGWINCH, record_resize, 0);
    sigaddset(&handled, SIGTSTP);
    sigaddset(&handled, SIGCONT);
    sigaddset(&handled, SIGWINCH);
    /* A parent may have started the program with signals blocked (threads of many runtimes do). */
    sigprocmask(SIG_UNBLOCK, &handled, &previous_mask);
    handlers_installed = 1;
    return 0;
}

void optout_signals_restore(void) {
    if (!handlers_installed) return;
    for (int s = 1; s < NSIG; s++) {
        if (caught[s]) sigaction(s, &previous_action[s], NULL);
        caught[s] = 0;
    }
    sigprocmask(SIG_SETMASK, &previous_mask, NULL);
    handlers_installed = 0;
}

int optout_signals_installed(void) { return handlers_installed; }

int optout_signals_terminating(void) { return received_terminating; }

int optout_signals_take_stop(void) {
    int received = received_stop;
    received_stop = 0;
    return received;
}

int optout_signals_take_continue(void) {
    int received = received_continue;
    received_continue = 0;
    return received;
}

int optout_signals_take_resize(void) {
    int received = received_resize;
    received_resize = 0;
    return received;
}

static int anything_recorded(void) {
    return received_terminating || received_stop || received_continue || received_resize;
}

int optout_signals_wait(int fd, int timeout_ms) {
    if (anything_recorded()) return OPTOUT_WAIT_SIGNAL;
    struct pollfd fds[2];
    fds[0].fd = fd;
    fds[0].events = POLLIN;
    fds[0].revents = 0;
    fds[1].fd = wake_pipe[0];
    fds[1].events = POLLIN;
    fds[1].revents = 0;
    int count = poll(fds, wake_pipe[0] >= 0 ? 2 : 1, timeout_ms);
    if (count < 0) return errno == EINTR ? OPTOUT_WAIT_SIGNAL : OPTOUT_WAIT_ERROR;
    if (fds[1].revents) drain_wake_pipe();
    if (anything_recorded()) return OPTOUT_WAIT_SIGNAL;
    if (fds[0].revents & POLLNVAL) return OPTOUT_WAIT_ERROR;
    if (fds[0].revents & (POLLIN | POLLHUP | POLLERR)) return OPTOUT_WAIT_INPUT;
    if (count == 0) return OPTOUT_WAIT_TIMEOUT;
    return OPTOUT_WAIT_SIGNAL;
}

/* Stops the process with SIGTSTP's default action; returns when continued. */
static void stop_self(void) {
    struct sigaction current;
    if (sigaction(SIGTSTP, NULL, &current) != 0 || was_ignored(&current)) return;
    struct sigaction stop;
    memset(&stop, 0, sizeof stop);
    sigemptyset(&stop.sa_mask);
    stop.sa_handler = SIG_DFL;
    sigaction(SIGTSTP, &stop, NULL);
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGTSTP);
    sigprocmask(SIG_UNBLOCK, &set, NULL);
    raise(SIGTSTP);
    /* Continued (or the stop was discarded: an orphaned process group cannot be stopped). */
    sigaction(SIGTSTP, &current, NULL);
}

void optout_signals_suspend(void) {
    if (handlers_installed && !caught[SIGTSTP]) return;
    stop_self();
    received_stop = 0;
    received_continue = 0;
}

/* ---------------------------------------------------------------- terminal settings and crashes */

static struct termios saved_termios;
static volatile sig_atomic_t have_saved_termios = 0;

static const int crash_signals[] = { SIGILL, SIGTRAP, SIGABRT, SIGSEGV, SIGBUS, SIGFPE, SIGSYS };
static unsigned char crash_caught[NSIG];
static struct sigaction previous_crash_action[NSIG];

static char cleanup_path[4096];
static volatile sig_atomic_t have_cleanup_path = 0;

/* The alternate stack the crash handler runs on when the thread had none: a stack overflow leaves
   no room on the normal stack. 64 KiB is well above MINSIGSTKSZ on every platform. */
static char alternate_stack[64 * 1024] __attribute__((aligned(16)));
static int set_up_alternate_stack = 0;

int optout_terminal_save(void) {
    if (tcgetattr(STDIN_FILENO, &saved_termios) != 0) return 0;
    have_saved_termios = 1;
    return 1;
}

void optout_terminal_restore(void) {
    if (have_saved_termios) tcsetattr(STDIN_FILENO, TCSANOW, &saved_termios);
}

static void restore_terminal_after_crash(int signal_number) {
    /* Bracketed paste off, attributes off, leave the alternate screen, show the cursor, normal
       cursor and keypad keys. */
    static const char reset[] = "\033[?2004l\033[0m\033[?1049l\033[?25h\033[?1l\033>\r\n";
    ssize_t written = write(STDOUT_FILENO, reset, sizeof reset - 1);
    (void)written;
    if (have_saved_termios) tcsetattr(STDIN_FILENO, TCSANOW, &saved_termios);
    if (have_cleanup_path) unlink(cleanup_path);
    sigaction(signal_number, &previous_crash_action[signal_number], NULL);
    raise(signal_number);
}

void optout_crash_install(void) {
    stack_t current;
    if (sigaltstack(NULL, &current) == 0 && (current.ss_flags & SS_DISABLE)) {
        stack_t ours;
        memset(&ours, 0, sizeof ours);
        ours.ss_sp = alternate_stack;
        ours.ss_size = sizeof alternate_stack;
        ours.ss_flags = 0;
        if (sigaltstack(&ours, NULL) == 0) set_up_alternate_stack = 1;
    }
    struct sigaction action;
    memset(&action, 0, sizeof action);
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_ONSTACK;
    action.sa_handler = restore_terminal_after_crash;
    for (unsigned i = 0; i < COUNT(crash_signals); i++) {
        int s = crash_signals[i];
        struct sigaction old;
        if (crash_caught[s] || sigaction(s, NULL, &old) != 0 || was_ignored(&old)) continue;
        previous_crash_action[s] = old;
        crash_caught[s] = 1;
        sigaction(s, &action, NULL);
    }
}

void optout_crash_remove(void) {
    for (unsigned i = 0; i < COUNT(crash_signals); i++) {
        int s = crash_signals[i];
        if (!crash_caught[s]) continue;
        sigaction(s, &previous_crash_action[s], NULL);
        crash_caught[s] = 0;
    }
    if (set_up_alternate_stack) {
        stack_t off;
        memset(&off, 0, sizeof off);
        off.ss_flags = SS_DISABLE;
        sigaltstack(&off, NULL);
        set_up_alternate_stack = 0;
    }
}

void optout_crash_set_cleanup_path(const char *path) {
    have_cleanup_path = 0;
    if (path == NULL) return;
    size_t length = strlen(path);
    if (length >= sizeof cleanup_path) return;
    memcpy(cleanup_path, path, length + 1);
    have_cleanup_path = 1;
}

/* ---------------------------------------------------------------- child programs */

static double seconds_since(const struct timespec *start) {
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (double)(now.tv_sec - start->tv_sec) + (double)(now.tv_nsec - start->tv_nsec) / 1e9;
}

/* The child stopped (Ctrl-Z in an editor): the member's shell gets the terminal until `fg`. */
static void relay_stop(pid_t child, int tty, int foreground, const struct termios *shell_modes, int have_shell_modes) {
    if (foreground) {
        struct termios child_modes;
        int have_child_modes = tcgetattr(tty, &child_modes) == 0;
        tcsetpgrp(tty, getpgrp());
        if (have_shell_modes) tcsetattr(tty, TCSADRAIN, shell_modes);
        stop_self();
        if (have_child_modes) tcsetattr(tty, TCSADRAIN, &child_modes);
        tcsetpgrp(tty, child);
    }
    kill(foreground ? -child : child, SIGCONT);
}

int optout_run_child(const char *path, char *const argv[], char *const envp[], int *status, int *error_number) {
    *status = 0;
    *error_number = 0;
    if (received_terminating) {
        *error_number = EINTR;
        return OPTOUT_CHILD_NOT_STARTED;
    }
    if (ensure_wake_pipe() != 0) {
        *error_number = errno;
        return OPTOUT_CHILD_NOT_STARTED;
    }
    const int tty = STDIN_FILENO;
    const int foreground = isatty(tty) && tcgetpgrp(tty) == getpgrp();
    struct termios shell_modes;
    const int have_shell_modes = isatty(tty) && tcgetattr(tty, &shell_modes) == 0;
    int report[2];
    if (make_pipe(report, 0) != 0) {
        *error_number = errno;
        return OPTOUT_CHILD_NOT_STARTED;
    }

    /* SIGCHLD wakes the wait below through the self-pipe (and an ignored SIGCHLD, which would make
       waitpid fail, is not in force meanwhile). SIGTTOU is blocked so the terminal's foreground can
       be handed over and taken back. */
    struct sigaction child_action, old_child_action;
    memset(&child_action, 0, sizeof child_action);
    sigemptyset(&child_action.sa_mask);
    child_action.sa_handler = record_child;
    sigaction(SIGCHLD, &child_action, &old_child_action);
    sigset_t ttou, mask_before;
    sigemptyset(&ttou);
    sigaddset(&ttou, SIGTTOU);
    sigprocmask(SIG_BLOCK, &ttou, &mask_before);
    const sigset_t child_mask = handlers_installed ? previous_mask : mask_before;

    pid_t child = fork();
    if (child == 0) {
        close(report[0]);
        if (foreground) {
            setpgid(0, 0);
            tcsetpgrp(tty, getpid());
        }
        /* The program starts with the actions and mask optout started with. */
        struct sigaction default_action;
        memset(&default_action, 0, sizeof default_action);
        sigemptyset(&default_action.sa_mask);
        default_action.sa_handler = SIG_DFL;
        for (int s = 1; s < NSIG; s++) {
            if (caught[s]) sigaction(s, &previous_action[s], NULL);
        }
        for (unsigned i = 0; i < COUNT(crash_signals); i++) {
            int s = crash_signals[i];
            if (crash_caught[s]) sigaction(s, &previous_crash_action[s], NULL);
        }
        sigaction(SIGCHLD, &old_child_action, NULL);
        if (was_ignored(&old_child_action)) sigaction(SIGCHLD, &default_action, NULL);
        /* optout ignores SIGXFSZ (a write past the file size limit is reported, not fatal); the program
           gets the default action, as from a shell. */
        sigaction(SIGXFSZ, &default_action, NULL);
        sigprocmask(SIG_SETMASK, &child_mask, NULL);
        execve(path, argv, envp != NULL ? envp : environ);
        int failure = errno;
        ssize_t written = write(report[1], &failure, sizeof failure);
        (void)written;
        _exit(127);
    }

    int result = OPTOUT_CHILD_WAITED;
    if (child < 0) {
        *error_number = errno;
        close(report[0]);
        close(report[1]);
        result = OPTOUT_CHILD_NOT_STARTED;
    } else {
        close(report[1]);
        if (foreground) {
            setpgid(child, child);
            tcsetpgrp(tty, child);
        }
        int failure = 0;
        ssize_t got;
        do {
            got = read(report[0], &failure, sizeof failure);
        } while (got < 0 && errno == EINTR);
        close(report[0]);
        if (got == (ssize_t)sizeof failure) {
            *error_number = failure;
            result = OPTOUT_CHILD_NOT_STARTED;
            while (waitpid(child, status, 0) < 0 && errno == EINTR) {}
            *status = 0;
        } else {
            const pid_t target = foreground ? -child : child;
            int forwarded = 0;
            int killed = 0;
            struct timespec forwarded_at;
            for (;;) {
                int wait_status = 0;
                pid_t reaped = waitpid(child, &wait_status, WNOHANG | WUNTRACED);
                if (reaped == child) {
                    if (WIFSTOPPED(wait_status)) {
                        relay_stop(child, tty, foreground, &shell_modes, have_shell_modes);
                        continue;
                    }
                    *status = wait_status;
                    break;
                }
                if (reaped < 0 && errno != EINTR) {
                    *error_number = errno;
                    result = OPTOUT_CHILD_WAIT_FAILED;
                    break;
                }
                if (received_terminating && !forwarded) {
                    kill(target, received_terminating == SIGHUP ? SIGHUP : SIGTERM);
                    kill(target, SIGCONT);
                    forwarded = 1;
                    clock_gettime(CLOCK_MONOTONIC, &forwarded_at);
                }
                if (forwarded && !killed && seconds_since(&forwarded_at) >= 3.0) {
                    kill(target, SIGKILL);
                    killed = 1;
                }
                struct pollfd wake_fd;
                wake_fd.fd = wake_pipe[0];
                wake_fd.events = POLLIN;
                wake_fd.revents = 0;
                if (poll(&wake_fd, 1, forwarded && !killed ? 50 : -1) > 0) drain_wake_pipe();
            }
        }
        if (foreground) tcsetpgrp(tty, getpgrp());
    }
    sigprocmask(SIG_SETMASK, &mask_before, NULL);
    sigaction(SIGCHLD, &old_child_action, NULL);
    return result;
}
