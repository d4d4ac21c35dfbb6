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
            let when = report.progress.finishedAt.map { " (finished \(report.zone.time($0)))" } ?? ""
            let line = SummaryRenderer.statusLine(report)
            return (line.hasSuffix(".") ? String(line.dropLast()) : line) + when + "." + recheckNote(report) + staleNote(report)
        }
        var line = SummaryRenderer.statusLine(report)
        if let id = report.currentStepId, let step = report.steps.first(where: { $0.id == id }) {
            line += " Next: step \(step.number), " + Words.endingSentence(TerminalSafeText.sanitize(step.title))
        }
        return line + " Run `optout` to go on." + staleNote(report)
    }

    /// A re-check that is due, on the same line.
    static func recheckNote(_ report: ProgressReport) -> String {
        switch report.recheckStanding {
        case .nothingToRecheck, .dueOn: ""
        case .dueToday: " A re-check is due today: run `optout recheck`."
        case let .overdue(since, _): " A re-check is overdue (due \(since)): run `optout recheck`."
        }
    }

    /// The stale-guide warning, on the same line, when the guide may be stale.
    static func staleNote(_ report: ProgressReport) -> String {
        report.guideAge?.warning.map { " Note: " + $0 } ?? ""
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
