#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// When a re-check is due: a number of days after the last re-check, or after the walkthrough was
/// completed (or reached its end).
public struct RecheckSchedule: Sendable, Equatable {
    /// The default interval between re-checks.
    public static let defaultDays = 90

    public var intervalDays: Int

    public init(intervalDays: Int = RecheckSchedule.defaultDays) {
        self.intervalDays = intervalDays
    }

    /// The moment the schedule counts from: the last re-check, else when the checklist was completed,
    /// else when the end was reached; nil before that.
    public func scheduleAnchor(_ progress: WalkthroughProgress) -> Date? {
        progress.rechecks?.last?.checkedAt ?? progress.completedAt ?? progress.finishedAt
    }

    /// What the schedule counts from, in words: "last checked <time>" only after a real re-check.
    public func anchorWords(_ progress: WalkthroughProgress) -> String? {
        if let checked = progress.rechecks?.last?.checkedAt { return "last checked \(TimeText.utc(checked))" }
        if let completed = progress.completedAt { return "completed \(TimeText.utc(completed))" }
        return progress.finishedAt.map { "finished \(TimeText.utc($0))" }
    }

    /// The next re-check date; nil before the walkthrough reached its end.
    public func nextDue(_ progress: WalkthroughProgress) -> Date? {
        scheduleAnchor(progress).map { $0.addingTimeInterval(Double(intervalDays) * 86_400) }
    }

    /// True when a re-check is due at `now`.
    public func isDue(_ progress: WalkthroughProgress, now: Date) -> Bool {
        guard let due = nextDue(progress) else { return false }
        return now >= due
    }

    /// The verification steps a re-check asks about, in guide order: steps with a re-check question that
    /// were done (or, for questions asked only in one status, are in it).
    public static func questions(guide: Guide, progress: WalkthroughProgress) -> [GuideStep] {
        guide.steps.filter { step in
            guard let question = step.recheck, let record = progress.record(step.id) else { return false }
            if let only = question.onlyWhen { return record.status == only }
            return record.status == .done
        }
    }
}
