#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Output formats of the completion summary.
public enum SummaryFormat: String, CaseIterable, Sendable {
    case text, markdown, json
}

/// A step as reports show it: the guide's words joined with the member's record.
public struct StepReport: Codable, Equatable, Sendable {
    public var number: Int
    public var id: String
    public var title: String
    public var optional: Bool
    public var status: StepStatus
    public var reason: String?
    public var note: String?
    public var updatedAt: Date?
    /// When the status was last set (the time shown beside it).
    public var statusChangedAt: Date?
    public var sentOn: String?
    public var confirmation: String?
    public var confirmedAt: Date?
    public var screenDiffers: String?

    private enum CodingKeys: String, CodingKey {
        case number, id, title, optional, status, reason, note, updatedAt, statusChangedAt, sentOn, confirmation, confirmedAt,
            screenDiffers
    }

    /// Encodes every key, with null for what is absent, so scripts can rely on the keys being there.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(number, forKey: .number)
        try c.encode(id, forKey: .id)
        try c.encode(title, forKey: .title)
        try c.encode(optional, forKey: .optional)
        try c.encode(status, forKey: .status)
        try c.encode(reason, forKey: .reason)
        try c.encode(note, forKey: .note)
        try c.encode(updatedAt, forKey: .updatedAt)
        try c.encode(statusChangedAt, forKey: .statusChangedAt)
        try c.encode(sentOn, forKey: .sentOn)
        try c.encode(confirmation, forKey: .confirmation)
        try c.encode(confirmedAt, forKey: .confirmedAt)
        try c.encode(screenDiffers, forKey: .screenDiffers)
    }
}

/// Where a member's walkthrough stands: the numbers `status` and `summary` report.
public struct ProgressReport: Sendable {
    public let guide: Guide
    public let progress: WalkthroughProgress
    public let steps: [StepReport]
    public let schedule: RecheckSchedule
    /// How old the guide is; when it may be stale, the summary and status say so.
    public var guideAge: GuideAge?

    /// Builds the report from saved progress, matched to the guide by step id. The guide's labels are
    /// shown in the member's LinkedIn language.
    public init(guide: Guide, saved: WalkthroughProgress, schedule: RecheckSchedule = RecheckSchedule()) {
        let (progress, _) = GuideReconciler.reconcile(saved, with: guide)
        self.guide = guide.resolvingLabels(for: progress.linkedInLanguage)
        self.progress = progress
        self.schedule = schedule
        self.steps = guide.steps.enumerated().map { index, step in
            let record = progress.record(step.id) ?? StepRecord(id: step.id)
            return StepReport(
                number: index + 1, id: step.id, title: step.title, optional: step.optional, status: record.status,
                reason: record.reason, note: record.note, updatedAt: record.updatedAt,
                statusChangedAt: record.statusChangedAt ?? (record.status == .pending ? nil : record.updatedAt),
                sentOn: record.sentOn, confirmation: record.confirmation,
                confirmedAt: record.status == .done ? record.confirmedAt : nil, screenDiffers: record.screenDiffers)
        }
    }

    /// The lines of the record a member keeps: what was confirmed, sent and re-checked, and when. Every
    /// time is the time of that act: a status's own time, never the time of a later note; a day the
    /// member did not give is not made up.
    public var recordLines: [String] {
        var lines: [String] = []
        for step in guide.steps {
            guard let receipt = step.receipt, let record = report(step.id) else { continue }
            if step.confirmation != nil {
                var line: String
                if let sent = record.sentOn {
                    line = "\(receipt) on \(sent)"
                } else if record.status == .done, let marked = record.statusChangedAt {
                    line = "\(receipt) (the day was not recorded; the step was marked done \(TimeText.utc(marked)))"
                } else {
                    continue
                }
                if let reference = record.confirmation { line += "; confirmation: \(reference)" }
                if record.status == .done, let received = record.confirmedAt {
                    line += "; received \(TimeText.utc(received))"
                } else if record.status == .waiting {
                    line += "; waiting for the confirmation"
                }
                lines.append(line)
            } else if record.status == .done, let at = record.statusChangedAt {
                lines.append("\(receipt): confirmed \(TimeText.utc(at))")
            }
        }
        if let last = progress.rechecks?.last {
            let answers = last.answers.map { answer in
                "\(guide.step(answer.stepId)?.title ?? answer.stepId): \(answer.answer.rawValue)"
            }
            lines.append("Last re-check \(TimeText.utc(last.checkedAt))" + (answers.isEmpty ? "" : " (\(answers.joined(separator: "; ")))"))
        }
        if let due = schedule.nextDue(progress) {
            lines.append("Next re-check due \(CalendarDay.string(due)) (run: optout recheck)")
        }
        return lines
    }

    /// The report of a step, by id.
    public func report(_ id: String) -> StepReport? { steps.first { $0.id == id } }

    /// Steps skipped or left out, with the reason when one was given.
    public var skippedLines: [String] {
        steps.filter { $0.status == .skipped || $0.status == .notNeeded }.map { step in
            "\(step.number). \(step.title): \(step.status.words)" + (step.reason.map { " (\($0))" } ?? "")
        }
    }

    /// Steps whose screen did not match, with what the member saw.
    public var screenDifferenceLines: [String] {
        steps.compactMap { step in
            step.screenDiffers.map { "\(step.number). \(step.title) (\(step.id)): \($0)" }
        }
    }

    public var isComplete: Bool { progress.isComplete }
    public var doneCount: Int { steps.filter { $0.status == .done }.count }
    public var notNeededCount: Int { steps.filter { $0.status == .notNeeded }.count }
    public var total: Int { steps.count }
    /// Steps still to do, in order.
    public var remaining: [StepReport] { steps.filter { !$0.status.isResolved } }
    /// The step to go on with: the saved current step, else the first one left; nil when complete.
    public var currentStepId: String? {
        if isComplete { return nil }
        if let id = progress.currentStepId, guide.step(id) != nil { return id }
        return remaining.first?.id
    }

    /// The label of the member's answer to a choice, e.g. "Desktop web browser".
    public func answerLabel(_ key: String) -> String? {
        guard let value = progress.answers[key] else { return nil }
        let option = guide.steps.compactMap(\.choice).first { $0.answerKey == key }?.options.first { $0.id == value }
        return option?.label ?? value
    }
}

/// The completion summary a member can keep, in text, Markdown or JSON.
public enum SummaryRenderer {
    public static func render(_ report: ProgressReport, format: SummaryFormat) -> String {
        switch format {
        case .text: text(report)
        case .markdown: markdown(report)
        case .json: json(report)
        }
    }

    /// A mark for each status, always shown next to the status in words.
    public static func mark(_ status: StepStatus) -> String {
        switch status {
        case .done: "[x]"
        case .pending: "[ ]"
        case .skipped: "[>]"
        case .waiting: "[~]"
        case .notNeeded: "[-]"
        }
    }

    /// "Complete: 10 of 11 steps done, 1 not needed." or "Not finished: ...; 3 left."
    public static func statusLine(_ report: ProgressReport) -> String {
        var counts = "\(report.doneCount) of \(report.total) steps done"
        if report.notNeededCount > 0 { counts += ", \(report.notNeededCount) not needed" }
        if report.isComplete { return "Complete: \(counts)." }
        return "Not finished: \(counts); \(report.remaining.count) left."
    }

    private static func stepLine(_ step: StepReport) -> String {
        var line = "\(step.number). \(safe(step.title)): \(step.status.words)"
        if let at = step.statusChangedAt { line += ", \(TimeText.utc(at))" }
        if let reason = step.reason { line += " (reason: \(safe(reason)))" }
        return line
    }

    private static func answersLine(_ report: ProgressReport) -> String? {
        let parts = [("Platform", "platform"), ("LinkedIn language", LinkedInLanguage.answerKey), ("Region", "region")]
            .compactMap { label, key in
            report.answerLabel(key).map { "\(label): \(safe($0))" }
        }
        return parts.isEmpty ? nil : parts.joined(separator: " · ")
    }

    static func text(_ report: ProgressReport) -> String {
        let guide = report.guide
        var lines = [
            "\(safe(guide.title)): summary",
            "Guide \(safe(guide.id)) \(safe(guide.version)), last verified \(safe(guide.lastVerified))",
            "Started \(TimeText.utc(report.progress.createdAt)); last change \(TimeText.utc(report.progress.updatedAt))",
        ]
        if let answers = answersLine(report) { lines.append(answers) }
        if let warning = report.guideAge?.warning { lines += [""] + TextWrap.wrap("Note: " + warning, width: 78) }
        lines += ["", statusLine(report), "", "Steps"]
        for step in report.steps {
            lines.append("  \(mark(step.status)) \(stepLine(step))")
            if let note = step.note { lines.append("      Note: \(safe(note))") }
            if let differs = step.screenDiffers { lines.append("      Screen differed: \(safe(differs))") }
        }
        if !report.recordLines.isEmpty {
            lines += ["", "Record"]
            lines += report.recordLines.map { "  - \(safe($0))" }
        }
        if !report.remaining.isEmpty {
            lines += ["", "Still to do"]
            lines += report.remaining.map { "  - \($0.number). \(safe($0.title)) (\($0.status.words))" }
        }
        if !report.skippedLines.isEmpty {
            lines += ["", "Skipped or left out"]
            lines += report.skippedLines.map { "  - \(safe($0))" }
        }
        if !report.screenDifferenceLines.isEmpty {
            lines += ["", "Screens that did not match the guide (\(safe(guide.id)) \(safe(guide.version)); worth reporting)"]
            lines += report.screenDifferenceLines.map { "  - \(safe($0))" }
        }
        lines += ["", "Keep in mind"]
        lines += guide.caveats.map { "  - \(safe($0))" }
        return lines.joined(separator: "\n") + "\n"
    }

    static func markdown(_ report: ProgressReport) -> String {
        let guide = report.guide
        var lines = [
            "# \(md(guide.title)): summary",
            "",
            "- Guide: `\(safe(guide.id))` \(md(guide.version)), last verified \(md(guide.lastVerified))",
            "- Started \(TimeText.utc(report.progress.createdAt)); last change \(TimeText.utc(report.progress.updatedAt))",
        ]
        if let answers = answersLine(report) { lines.append("- \(md(answers))") }
        if let warning = report.guideAge?.warning { lines += ["", "> **Note:** \(md(warning))"] }
        lines += ["", "**\(statusLine(report))**", "", "## Steps", ""]
        for step in report.steps {
            let box = step.status == .done || step.status == .notNeeded ? "[x]" : "[ ]"
            var line = "- \(box) **\(step.number). \(md(step.title))**: \(step.status.words)"
            if let at = step.statusChangedAt { line += ", \(TimeText.utc(at))" }
            if let reason = step.reason { line += " (reason: \(md(reason)))" }
            lines.append(line)
            if let note = step.note { lines.append("  - Note: \(md(note))") }
            if let differs = step.screenDiffers { lines.append("  - Screen differed: \(md(differs))") }
        }
        if !report.recordLines.isEmpty {
            lines += ["", "## Record", ""]
            lines += report.recordLines.map { "- \(md($0))" }
        }
        if !report.remaining.isEmpty {
            lines += ["", "## Still to do", ""]
            lines += report.remaining.map { "- \($0.number). \(md($0.title)) (\($0.status.words))" }
        }
        if !report.skippedLines.isEmpty {
            lines += ["", "## Skipped or left out", ""]
            lines += report.skippedLines.map { "- \(md($0))" }
        }
        if !report.screenDifferenceLines.isEmpty {
            lines += ["", "## Screens that did not match the guide", "", "Guide `\(safe(guide.id))` \(md(guide.version)); worth reporting.", ""]
            lines += report.screenDifferenceLines.map { "- \(md($0))" }
        }
        lines += ["", "## Keep in mind", ""]
        lines += guide.caveats.map { "- \(md($0))" }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The JSON form: stable keys, ISO-8601 UTC times, nulls kept.
    struct JSONSummary: Encodable {
        struct GuideInfo: Encodable { var id, title, version, lastVerified: String }
        // The guide's id, version and last-verified date make the summary a receipt that can be checked later.
        var guide: GuideInfo
        var complete: Bool
        var done: Int
        var notNeeded: Int
        var total: Int
        var current: String?
        var answers: [String: String]
        var startedAt: Date
        var updatedAt: Date
        var finishedAt: Date?
        var steps: [StepReport]
        var remaining: [String]
        var caveats: [String]
        var completedAt: Date?
        var rechecks: [RecheckRecord]
        var nextRecheckDue: String?
        var record: [String]

        func encode(to encoder: any Encoder) throws {
            enum K: String, CodingKey {
                case guide, complete, done, notNeeded, total, current, answers, startedAt, updatedAt, finishedAt, steps,
                    remaining, caveats, completedAt, rechecks, nextRecheckDue, record
            }
            var c = encoder.container(keyedBy: K.self)
            try c.encode(guide, forKey: .guide)
            try c.encode(complete, forKey: .complete)
            try c.encode(done, forKey: .done)
            try c.encode(notNeeded, forKey: .notNeeded)
            try c.encode(total, forKey: .total)
            try c.encode(current, forKey: .current)
            try c.encode(answers, forKey: .answers)
            try c.encode(startedAt, forKey: .startedAt)
            try c.encode(updatedAt, forKey: .updatedAt)
            try c.encode(finishedAt, forKey: .finishedAt)
            try c.encode(steps, forKey: .steps)
            try c.encode(remaining, forKey: .remaining)
            try c.encode(caveats, forKey: .caveats)
            try c.encode(completedAt, forKey: .completedAt)
            try c.encode(rechecks, forKey: .rechecks)
            try c.encode(nextRecheckDue, forKey: .nextRecheckDue)
            try c.encode(record, forKey: .record)
        }
    }

    static func json(_ report: ProgressReport) -> String {
        let g = report.guide
        let summary = JSONSummary(
            guide: .init(id: g.id, title: g.title, version: g.version, lastVerified: g.lastVerified),
            complete: report.isComplete, done: report.doneCount, notNeeded: report.notNeededCount, total: report.total,
            current: report.currentStepId, answers: report.progress.answers, startedAt: report.progress.createdAt,
            updatedAt: report.progress.updatedAt, finishedAt: report.progress.finishedAt, steps: report.steps,
            remaining: report.remaining.map(\.id), caveats: g.caveats, completedAt: report.progress.completedAt,
            rechecks: report.progress.rechecks ?? [], nextRecheckDue: report.schedule.nextDue(report.progress).map(CalendarDay.string),
            record: report.recordLines)
        return JSONText.encode(summary)
    }

    static func safe(_ text: String) -> String { TerminalSafeText.sanitize(text) }

    /// Text made safe for a terminal and for Markdown: characters Markdown would read as markup are escaped.
    static func md(_ text: String) -> String {
        var out = ""
        for ch in safe(text) {
            if "\\`*_[]<>|".contains(ch) { out.append("\\") }
            out.append(ch)
        }
        return out
    }
}

/// The status report of `optout status --json`.
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

        func encode(to encoder: any Encoder) throws {
            enum K: String, CodingKey {
                case complete, done, total, current, guideId, guideVersion, updatedAt, stateFile, saved, steps
                case guideLastVerified, guideStale, linkedInLanguage
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
        }
    }

    /// One line for people.
    public static func line(_ report: ProgressReport) -> String {
        if report.isComplete {
            let when = report.progress.finishedAt.map { " (finished \(TimeText.utc($0)))" } ?? ""
            return SummaryRenderer.statusLine(report).dropLast() + when + "." + staleNote(report)
        }
        var line = SummaryRenderer.statusLine(report)
        if let id = report.currentStepId, let step = report.steps.first(where: { $0.id == id }) {
            line += " Next: step \(step.number), " + Words.endingSentence(TerminalSafeText.sanitize(step.title))
        }
        return line + " Run `optout` to go on." + staleNote(report)
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
                linkedInLanguage: report.progress.answers[LinkedInLanguage.answerKey]))
    }
}

/// JSON output for reports: pretty, sorted keys, ISO-8601 dates; C1 controls and bidi overrides escaped
/// as `\uXXXX` so the JSON is also safe to print on a terminal (JSON escapes C0 itself).
public enum JSONText {
    public static func encode<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        guard let data = try? encoder.encode(value) else { return "{}\n" }
        let text = String(decoding: data, as: UTF8.self)
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar.value >= 0x7F, TerminalSafeText.needsReplacing(scalar) {
                let hex = String(scalar.value, radix: 16)
                out.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out) + "\n"
    }
}

/// Times as people read them in reports: `2026-11-29 17:30 UTC`. Plain arithmetic on the proleptic
/// Gregorian calendar in UTC, so no calendar or time-zone data has to be loaded.
public enum TimeText {
    /// Year, month, day, hour, minute and second of a moment, in UTC.
    public struct Parts: Equatable, Sendable {
        public var year, month, day, hour, minute, second: Int
    }

    public static func parts(_ date: Date) -> Parts {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let secondOfDay = seconds - days * 86_400
        // Days since 1970-01-01 to a civil date (H. Hinnant's algorithm).
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return Parts(
            year: year, month: month, day: day, hour: secondOfDay / 3600, minute: secondOfDay % 3600 / 60,
            second: secondOfDay % 60)
    }

    /// The moment a UTC civil date and time stand for; nil when the date does not exist.
    public static func date(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0) -> Date? {
        guard (1...12).contains(month), (1...31).contains(day) else { return nil }
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        let days = era * 146_097 + dayOfEra - 719_468
        let date = Date(timeIntervalSince1970: Double(days * 86_400 + hour * 3600 + minute * 60 + second))
        let check = parts(date)
        return check.year == year && check.month == month && check.day == day ? date : nil
    }

    static func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }

    /// A year with at least four digits (`0999`), as ISO 8601 writes it.
    static func four(_ year: Int) -> String {
        let digits = String(abs(year))
        return (year < 0 ? "-" : "") + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    public static func utc(_ date: Date) -> String {
        let p = parts(date)
        return "\(four(p.year))-\(two(p.month))-\(two(p.day)) \(two(p.hour)):\(two(p.minute)) UTC"
    }

    /// `20261129T173000Z`: the basic ISO-8601 form of iCalendar times and backup file names.
    public static func compact(_ date: Date) -> String {
        let p = parts(date)
        return "\(four(p.year))\(two(p.month))\(two(p.day))T\(two(p.hour))\(two(p.minute))\(two(p.second))Z"
    }

    /// `20261129`: an iCalendar DATE value.
    public static func compactDay(_ date: Date) -> String {
        let p = parts(date)
        return "\(four(p.year))\(two(p.month))\(two(p.day))"
    }
}
