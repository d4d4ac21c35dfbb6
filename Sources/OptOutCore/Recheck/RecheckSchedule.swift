#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// When a re-check is due: a number of days after the last re-check, or after the walkthrough was
/// completed (or reached its end), counted in the member's local days. Nothing is due while no
/// verification step has been done: a setting that was skipped has nothing to re-check.
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
    public func anchorWords(_ progress: WalkthroughProgress, zone: LocalZone) -> String? {
        // Translators: when the re-check schedule counts from, in brackets after a sentence: {time} is a time.
        if let checked = progress.rechecks?.last?.checkedAt { return tr("last checked {time}", ["time": zone.time(checked)]) }
        if let completed = progress.completedAt { return tr("completed {time}", ["time": zone.time(completed)]) }
        return progress.finishedAt.map { tr("finished {time}", ["time": zone.time($0)]) }
    }

    /// The member's local day the next re-check is due: `intervalDays` after the local day of the
    /// anchor; nil before the walkthrough reached its end, or when there is nothing to re-check.
    public func nextDueDay(_ progress: WalkthroughProgress, guide: Guide, zone: LocalZone) -> String? {
        guard let anchor = scheduleAnchor(progress), !Self.questions(guide: guide, progress: progress).isEmpty else { return nil }
        return CalendarDay.adding(intervalDays, to: zone.day(anchor))
    }

    /// How a re-check stands on the member's day `now`.
    public func standing(_ progress: WalkthroughProgress, guide: Guide, now: Date, zone: LocalZone) -> RecheckStanding {
        guard let due = nextDueDay(progress, guide: guide, zone: zone) else { return .nothingToRecheck }
        let today = zone.day(now)
        if due > today { return .dueOn(due) }
        if due == today { return .dueToday(due) }
        return .overdue(since: due, days: CalendarDay.days(from: due, to: today))
    }

    /// The verification steps a re-check asks about, in guide order: steps with a re-check question that
    /// were done (or, for questions asked only in one status, are in it). A step that awaits a
    /// confirmation but was marked done without one recorded is asked about too: nothing shows it came.
    public static func questions(guide: Guide, progress: WalkthroughProgress) -> [GuideStep] {
        guide.steps.filter { step in
            guard let question = step.recheck, let record = progress.record(step.id) else { return false }
            if isDoneWithoutConfirmation(step, record) { return true }
            if let only = question.onlyWhen { return record.status == only }
            return record.status == .done
        }
    }

    /// The question a re-check asks about a step, said differently for a step marked done without a
    /// confirmation.
    public static func question(for step: GuideStep, record: StepRecord?) -> String {
        guard let question = step.recheck else { return "" }
        guard let record, isDoneWithoutConfirmation(step, record) else { return question.question }
        return tr("This step was marked done, but no confirmation was recorded for it.") + " " + question.question
    }

    /// A step that tracks a confirmation, marked done with none recorded as received.
    static func isDoneWithoutConfirmation(_ step: GuideStep, _ record: StepRecord) -> Bool {
        step.confirmation != nil && record.status == .done && record.confirmedAt == nil
    }
}

/// Where a re-check stands on a given day.
public enum RecheckStanding: Equatable, Sendable {
    /// Nothing has been done that a re-check could confirm (or the end is not reached yet).
    case nothingToRecheck
    /// Due on this later day.
    case dueOn(String)
    /// Due today, this day.
    case dueToday(String)
    /// It was due on `since`, `days` days ago.
    case overdue(since: String, days: Int)

    /// True when a re-check is due now (today or earlier).
    public var isDue: Bool {
        switch self {
        case .dueToday, .overdue: true
        case .nothingToRecheck, .dueOn: false
        }
    }
}
