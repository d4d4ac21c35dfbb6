import CTerminalSignals
import OptOutCore

/// The signals that ask optout to stop (Ctrl-C, SIGTERM, a closed window...), caught for the line-by-line
/// front end as the full screen catches them (`CTerminalSignals`): a handler records the signal and wakes
/// the wait for input, so the run ends through the session, which saves and says what became of the
/// last change. Ctrl-Z still suspends.
public enum TerminalSignals {
    /// Catches them; false when they could not be caught (the run then ends as the signal's default does).
    @discardableResult
    public static func install() -> Bool { optout_signals_install() == 0 }

    /// Puts back what handled them before.
    public static func restore() { optout_signals_restore() }

    /// The first terminating signal received since they were caught, if one was.
    public static var received: Int32? {
        let signal = optout_signals_terminating()
        return signal == 0 ? nil : signal
    }

    /// What waiting for input ended with.
    public enum Wait: Equatable, Sendable {
        /// The descriptor can be read (or hung up: a read says which).
        case input
        /// A terminating signal arrived.
        case signal(Int32)
    }

    /// Waits until `descriptor` can be read or a terminating signal arrives; a Ctrl-Z meanwhile stops
    /// optout as usual and the wait goes on after `fg`. Without caught signals it returns `.input` at once.
    public static func waitForInput(on descriptor: Int32) -> Wait {
        guard optout_signals_installed() != 0 else { return .input }
        while true {
            if let signal = received { return .signal(signal) }
            if optout_signals_take_stop() != 0 {
                optout_signals_suspend()
                continue
            }
            _ = optout_signals_take_continue()
            _ = optout_signals_take_resize()
            switch optout_signals_wait(descriptor, -1) {
            case Int32(OPTOUT_WAIT_INPUT), Int32(OPTOUT_WAIT_ERROR): return received.map { .signal($0) } ?? .input
            default: continue
            }
        }
    }
}

/// Runs a program (the member's editor) on the terminal as a shell runs a job: in its own process group
/// with the terminal's foreground when optout has it, so Ctrl-C and Ctrl-Z reach the program alone; a
/// terminating signal that reaches optout meanwhile is passed on to it. The temporary file it edits is
/// removed by the crash handler if optout crashes meanwhile.
public enum ForegroundProgram {
    public static func run(_ invocation: ProgramInvocation) -> ProgramExit {
        invocation.temporaryFile.map { optout_crash_set_cleanup_path($0) }
        defer { optout_crash_set_cleanup_path(nil) }
        var arguments = invocation.arguments.map { strdup($0) } + [nil]
        defer { arguments.forEach { free($0) } }
        var status: Int32 = 0
        var error: Int32 = 0
        switch optout_run_child(invocation.path, &arguments, nil, &status, &error) {
        case Int32(OPTOUT_CHILD_WAITED): return ProgramExit(waitStatus: status)
        case Int32(OPTOUT_CHILD_NOT_STARTED): return .notStarted(errno: error)
        default: return .waitFailed(errno: error)
        }
    }
}
