#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

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
        case .complete: 0
        case .unfinished: 1
        case let .interrupted(signal): 128 + signal
        case .notSaved: ExitStatus.progressFileProblem
        }
    }
}

/// Which front end a run uses.
public enum FrontEndKind: Equatable, Sendable {
    case fullScreen
    case plain
}

extension FrontEndKind {
    /// Plain line-by-line mode when asked for, or when standard input or output is not a terminal,
    /// `TERM` is `dumb` (or unset), or `ACCESSIBLE` is set to a non-empty value; the full screen otherwise.
    public static func choose(
        plainFlag: Bool, stdinIsTerminal: Bool, stdoutIsTerminal: Bool, environment: [String: String]
    ) -> FrontEndKind {
        if plainFlag || !stdinIsTerminal || !stdoutIsTerminal { return .plain }
        if let accessible = environment["ACCESSIBLE"], !accessible.isEmpty { return .plain }
        let term = environment["TERM"] ?? ""
        if term.isEmpty || term == "dumb" { return .plain }
        return .fullScreen
    }
}

/// What every front end needs besides the session.
public struct RunContext: Sendable {
    /// Where progress goes, for telling the member.
    public var statePath: String
    /// Sentences to show first, e.g. where an old file was kept after starting over.
    public var notices: [String]
    /// The member's editor for the objection draft; nil edits it in a one-line field.
    public var editor: ExternalEditor?
    /// When re-checks are due, for suggesting one.
    public var schedule: RecheckSchedule
    /// The moment the run started, for deciding whether a re-check is due.
    public var startedAt: Date
    /// Said on the first screen when the guide may be stale (`GuideAge.warning`).
    public var guideWarning: String?

    public init(
        statePath: String, notices: [String] = [], editor: ExternalEditor? = nil,
        schedule: RecheckSchedule = RecheckSchedule(), startedAt: Date = Date(), guideWarning: String? = nil
    ) {
        self.statePath = statePath
        self.notices = notices
        self.editor = editor
        self.schedule = schedule
        self.startedAt = startedAt
        self.guideWarning = guideWarning
    }

    /// A sentence suggesting a re-check, when one is due.
    public func recheckSuggestion(for progress: WalkthroughProgress) -> String? {
        guard schedule.isDue(progress, now: startedAt), let anchor = schedule.scheduleAnchor(progress) else { return nil }
        let days = Words.count(Int(startedAt.timeIntervalSince(anchor) / 86_400), "day")
        let since = progress.rechecks?.isEmpty == false ? "you last checked" : "you finished"
        return "It has been \(days) since \(since). LinkedIn's settings and rules change: "
            + "run `optout recheck` to confirm the setting is still Off."
    }
}

/// The program's version, shown by `optout --version`.
public enum OptOutVersion {
    public static let current = "0.1.0"
}

/// Exit statuses every command shares; the README lists them.
public enum ExitStatus {
    /// Success; for `status` and the walkthrough: the checklist is complete.
    public static let ok: Int32 = 0
    /// The checklist is unfinished (or the member declined, for `reset`; or standard output could not be
    /// written).
    public static let unfinished: Int32 = 1
    /// No progress has been saved yet.
    public static let nothingSaved: Int32 = 2
    /// The progress file cannot be read or written (or HOME is not set and nothing else names it).
    public static let progressFileProblem: Int32 = 3
    /// Another optout is using the progress file.
    public static let busy: Int32 = 4
    /// A guide file (`--guide`, `guide validate`) is unreadable or invalid.
    public static let badGuide: Int32 = 5
    /// An output file named on the command line (`--output`, `--ics`) cannot be written.
    public static let outputProblem: Int32 = 6
    /// The command line was wrong (from the argument parser).
    public static let usage: Int32 = 64
}
