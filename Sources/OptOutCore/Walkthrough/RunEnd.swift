/// Why a run is ending.
public enum RunEndCause: Equatable, Sendable {
    /// The member asked to stop (`q`).
    case quit
    /// The walkthrough reached its end.
    case reachedEnd
    /// Standard input ended (plain mode), or the terminal went away (the full screen).
    case inputEnded
    /// A signal asked optout to stop (Ctrl-C, SIGTERM, a closed window...).
    case signal(Int32)
    /// A command recorded what it came for (`optout recheck`); it says what it recorded itself.
    case recorded
}

/// How a run ended, for the exit status. A run whose last change is not in the file is never reported
/// as though it were: that is `notSaved`, whatever ended the run.
public enum RunOutcome: Equatable, Sendable {
    /// Every step is resolved, and the progress is saved (exit 0).
    case complete
    /// The member stopped, or input ended, with steps left; the progress is saved (exit 1).
    case unfinished
    /// A signal ended the run, and the progress is saved (exit 128 + the signal).
    case interrupted(signal: Int32)
    /// The run ended with its last change unsaved: the progress file could not be written, even on a
    /// second try (exit 3).
    case notSaved

    public var exitStatus: Int32 {
        switch self {
        case .complete: ExitStatus.ok
        case .unfinished: ExitStatus.unfinished
        case let .interrupted(signal): 128 + signal
        case .notSaved: ExitStatus.progressFileProblem
        }
    }
}

/// What a front end shows when a run ends, in order, and the outcome. The session decides it
/// (`WalkthroughSession.end`); front ends print the sentences wrapped to their width and the summary in
/// their way.
public struct RunEnd: Sendable {
    public var outcome: RunOutcome
    public var lines: [RunEndLine]
}

/// A part of what is shown at the end of a run.
public enum RunEndLine: Sendable {
    /// A sentence or paragraph for the member (to be made terminal-safe and wrapped).
    case sentence(String)
    /// The completion summary.
    case summary(ProgressReport)
    /// An empty line.
    case blank
}
