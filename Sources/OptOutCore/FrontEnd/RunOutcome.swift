/// How a walkthrough run ended, for the exit status.
public enum RunOutcome: Equatable, Sendable {
    /// Every step is resolved (exit 0).
    case complete
    /// The member stopped, or input ended, with steps left (exit 1).
    case unfinished
    /// A signal ended the run after the progress was saved (exit 128 + signal).
    case interrupted(signal: Int32)
    /// The run ended with its last change unsaved: the progress file could not be written (exit 3).
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
