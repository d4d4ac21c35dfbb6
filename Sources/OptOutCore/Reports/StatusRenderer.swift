#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The report of `optout status`: one line for people, or JSON for scripts.
public enum StatusRenderer {
    struct StatusJSON: Encodable {
        var complete: Bool
        var done: Int
        var total: Int
        var current: String?
        var guideId: String
        var guideVersion: String
        var updatedAt: Date?
        var stateFile: String
        var saved: Bool
        var steps: [StepReport]
        var guideLastVerified: String
        var guideStale: Bool
        var linkedInLanguage: String?
        var nextRecheckDue: String?
        var recheckDue: Bool

        func encode(to encoder: any Encoder) throws {
            enum K: String, CodingKey {
                case complete, done, total, current, guideId, guideVersion, updatedAt, stateFile, saved, steps
                case guideLastVerified, guideStale, linkedInLanguage, nextRecheckDue, recheckDue
            }
            var c = encoder.container(keyedBy: K.self)
            try c.encode(saved, forKey: .saved)
            try c.encode(complete, forKey: .complete)
            try c.encode(done, forKey: .done)
            try c.encode(total, forKey: .total)
            try c.encode(current, forKey: .current)
            try c.encode(guideId, forKey: .guideId)
            try c.encode(guideVersion, forKey: .guideVersion)
            try c.encode(updatedAt, forKey: .updatedAt)
            try c.encode(stateFile, forKey: .stateFile)
            try c.encode(steps, forKey: .steps)
            try c.encode(guideLastVerified, forKey: .guideLastVerified)
            try c.encode(guideStale, forKey: .guideStale)
            try c.encode(linkedInLanguage, forKey: .linkedInLanguage)
            try c.encode(nextRecheckDue, forKey: .nextRecheckDue)
            try c.encode(recheckDue, forKey: .recheckDue)
        }
    }

    /// One line for people.
    public static func line(_ report: ProgressReport) -> String {
        if report.isComplete {
            var line = SummaryRenderer.statusLine(report)
            if let finished = report.progress.finishedAt {
                // Translators: {counts} is "10 of 12 steps done" (and ", 2 not needed"); {time} when the end was reached.
                line = tr("Complete: {counts} (finished {time}).",
                          ["counts": SummaryRenderer.counts(report), "time": report.zone.time(finished)])
            }
            return line + recheckNote(report) + staleNote(report)
        }
        var line = SummaryRenderer.statusLine(report)
        if let id = report.currentStepId, let step = report.steps.first(where: { $0.id == id }) {
            let title = Words.endingSentence(TerminalSafeText.sanitize(step.title))
            // Translators: {title} is the step's title, ending with a full stop.
            line += " " + tr("Next: step {number}, {title}", ["number": String(step.number), "title": title])
        }
        return line + " " + tr("Run `optout` to go on.") + staleNote(report)
    }

    /// A re-check that is due, on the same line.
    static func recheckNote(_ report: ProgressReport) -> String {
        switch report.recheckStanding {
        case .nothingToRecheck, .dueOn: ""
        case .dueToday: " " + tr("A re-check is due today: run `optout recheck`.")
        // Translators: {day} is the day the re-check was due (2026-11-29).
        case let .overdue(since, _): " " + tr("A re-check is overdue (due {day}): run `optout recheck`.", ["day": since])
        }
    }

    /// The stale-guide warning, on the same line, when the guide may be stale.
    static func staleNote(_ report: ProgressReport) -> String {
        // Translators: {warning} says the guide may be out of date.
        report.guideAge?.warning.map { " " + tr("Note: {warning}", ["warning": $0]) } ?? ""
    }

    /// JSON for scripts: `complete`, `done`, `total`, `current` and `steps`, among others.
    /// With `saved` false the report describes fresh progress: nothing has been saved yet.
    public static func json(_ report: ProgressReport, stateFile: String, saved: Bool = true) -> String {
        JSONText.encode(
            StatusJSON(
                complete: report.isComplete, done: report.doneCount, total: report.total, current: report.currentStepId,
                guideId: report.guide.id, guideVersion: report.guide.version,
                updatedAt: saved ? report.progress.updatedAt : nil, stateFile: stateFile, saved: saved, steps: report.steps,
                guideLastVerified: report.guide.lastVerified, guideStale: report.guideAge?.isStale ?? false,
                linkedInLanguage: report.progress.answers[LinkedInLanguage.answerKey],
                nextRecheckDue: saved ? report.schedule.nextDueDay(report.progress, guide: report.guide, zone: report.zone) : nil,
                recheckDue: saved && report.recheckStanding.isDue))
    }
}
