#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// What every front end needs besides the session.
public struct RunContext: Sendable {
    /// Where progress goes, for telling the member.
    public var statePath: String
    /// Sentences to show first, e.g. where an old file was kept after starting over.
    public var notices: [String]
    /// The member's editor for the objection draft; nil edits it in a one-line field.
    public var editor: (any MemberEditor)?
    /// When re-checks are due, for suggesting one.
    public var schedule: RecheckSchedule
    /// The moment the run started, for deciding whether a re-check is due.
    public var startedAt: Date
    /// The member's time zone: times are shown in it, and days are its days.
    public var zone: LocalZone
    /// Said on the first screen when the guide may be stale (`GuideAge.warning`).
    public var guideWarning: String?
    /// The width text printed line by line is wrapped at (`TextWidth`), asked each time, so a resized
    /// terminal is followed. The program measures standard output; the default is a file's width.
    public var lineWidth: @Sendable () -> Int

    public init(
        statePath: String, notices: [String] = [], editor: (any MemberEditor)? = nil,
        schedule: RecheckSchedule = RecheckSchedule(), startedAt: Date, zone: LocalZone, guideWarning: String? = nil,
        lineWidth: @escaping @Sendable () -> Int = { TextWidth.page }
    ) {
        self.statePath = statePath
        self.notices = notices
        self.editor = editor
        self.schedule = schedule
        self.startedAt = startedAt
        self.zone = zone
        self.guideWarning = guideWarning
        self.lineWidth = lineWidth
    }

    /// The report of the walkthrough's progress, in the member's zone, as of the run's start.
    public func report(_ progress: WalkthroughProgress, guide: Guide) -> ProgressReport {
        ProgressReport(guide: guide, saved: progress, schedule: schedule, zone: zone, now: startedAt)
    }

    /// A sentence suggesting a re-check, when one is due.
    public func recheckSuggestion(for progress: WalkthroughProgress, guide: Guide) -> String? {
        guard schedule.standing(progress, guide: guide, now: startedAt, zone: zone).isDue,
            let anchor = schedule.scheduleAnchor(progress)
        else { return nil }
        let days = CalendarDay.days(from: zone.day(anchor), to: zone.day(startedAt))
        if progress.rechecks?.isEmpty == false {
            // Translators: "Off" is the setting's switch, as LinkedIn labels it in your language.
            return trn(
                "It has been {count} day since you last checked. LinkedIn's settings and rules change: run `optout recheck` to confirm the setting is still Off.",
                "It has been {count} days since you last checked. LinkedIn's settings and rules change: run `optout recheck` to confirm the setting is still Off.",
                count: days)
        }
        // Translators: "Off" is the setting's switch, as LinkedIn labels it in your language.
        return trn(
            "It has been {count} day since you finished. LinkedIn's settings and rules change: run `optout recheck` to confirm the setting is still Off.",
            "It has been {count} days since you finished. LinkedIn's settings and rules change: run `optout recheck` to confirm the setting is still Off.",
            count: days)
    }

    /// What both front ends say, before the summary, when the checklist was already complete at the start.
    public func alreadyCompleteLines(for progress: WalkthroughProgress, guide: Guide) -> [String] {
        [tr("Your checklist is already complete. Here is your summary; `optout start --start-over` begins again and keeps your progress file as a backup.")]
            + (recheckSuggestion(for: progress, guide: guide).map { [$0] } ?? [])
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
