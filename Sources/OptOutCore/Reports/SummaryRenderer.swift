#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Output formats of the completion summary.
public enum SummaryFormat: String, CaseIterable, Sendable {
    case text, markdown, json
}

/// The completion summary a member can keep, in text, Markdown or JSON.
public enum SummaryRenderer {
    /// The summary in `format`. Text is wrapped between words at `width` (`TextWidth`: the terminal's
    /// width less two, or 78 for a file or a pipe); Markdown and JSON are not wrapped.
    public static func render(_ report: ProgressReport, format: SummaryFormat, width: Int = TextWidth.page) -> String {
        switch format {
        case .text: text(report, width: width)
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

    /// "Complete: 10 of 11 steps done, 1 not needed." or "Not finished: 4 of 11 steps done; 7 left."
    public static func statusLine(_ report: ProgressReport) -> String {
        // Translators: {counts} is "10 of 12 steps done" (and ", 2 not needed"), or "4 of 12 steps done; 8 left".
        report.isComplete ? tr("Complete: {counts}.", ["counts": counts(report)]) : tr("Not finished: {counts}.", ["counts": counts(report)])
    }

    /// "10 of 11 steps done, 1 not needed", and for an unfinished checklist "; 3 left" after it.
    public static func counts(_ report: ProgressReport) -> String {
        // Translators: {done} steps of the guide's {count} are done: "4 of 12 steps done".
        var counts = trn("{done} of {count} step done", "{done} of {count} steps done", count: report.total, ["done": String(report.doneCount)])
        if report.notNeededCount > 0 {
            // Translators: {counts} is "4 of 12 steps done"; {count} steps were not needed.
            counts = trn("{counts}, {count} not needed", "{counts}, {count} not needed", count: report.notNeededCount, ["counts": counts])
        }
        if report.isComplete { return counts }
        // Translators: {counts} is "4 of 12 steps done"; {count} steps are left to do.
        return trn("{counts}; {count} left", "{counts}; {count} left", count: report.remaining.count, ["counts": counts])
    }

    private static func stepLine(_ step: StepReport, zone: LocalZone) -> String {
        var line = "\(step.number). \(safe(step.title)): \(step.status.words)"
        if let at = step.statusChangedAt { line += ", \(zone.time(at))" }
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

    static func text(_ report: ProgressReport, width: Int = TextWidth.page) -> String {
        let guide = report.guide
        var lines: [String] = []
        /// Adds `text` wrapped at `width`, continuation lines indented by `hanging`.
        func add(_ text: String, indent: String = "", hanging: String = "  ") {
            lines += TextWrap.wrap(text, width: width, indent: indent, hangingIndent: hanging)
        }
        add("\(safe(guide.title)): summary")
        add("Guide \(safe(guide.id)) \(safe(guide.version)), last verified \(safe(guide.lastVerified))")
        add("Started \(report.zone.time(report.progress.createdAt)); last change \(report.zone.time(report.progress.updatedAt))")
        if let answers = answersLine(report) { add(answers) }
        if let warning = report.guideAge?.warning {
            lines.append("")
            add("Note: " + warning, hanging: "")
        }
        lines.append("")
        add(statusLine(report))
        lines += ["", "Steps"]
        for step in report.steps {
            // Continuation lines stand under the step's number.
            add("\(mark(step.status)) \(stepLine(step, zone: report.zone))", indent: "  ", hanging: "      ")
            if let note = step.note { add("Note: \(safe(note))", indent: "      ", hanging: "        ") }
            if let differs = step.screenDiffers { add("Screen differed: \(safe(differs))", indent: "      ", hanging: "        ") }
        }
        func section(_ title: String, _ items: [String]) {
            guard !items.isEmpty else { return }
            lines.append("")
            add(title)
            for item in items { add("- \(item)", indent: "  ", hanging: "    ") }
        }
        section("Record", report.recordLines.map(safe))
        section("Still to do", report.remaining.map { "\($0.number). \(safe($0.title)) (\($0.status.words))" })
        section("Skipped or left out", report.skippedLines.map(safe))
        section("Steps no longer in the guide (what you recorded on them)", report.retiredLines.map(safe))
        section("Screens that did not match the guide (\(safe(guide.id)) \(safe(guide.version)); worth reporting)",
                report.screenDifferenceLines.map(safe))
        lines += ["", "Keep in mind"]
        for caveat in guide.caveats { add("- \(safe(caveat))", indent: "  ", hanging: "    ") }
        return lines.joined(separator: "\n") + "\n"
    }

    static func markdown(_ report: ProgressReport) -> String {
        let guide = report.guide
        let md = MarkdownText.escape
        var lines = [
            "# \(md(guide.title)): summary",
            "",
            "- Guide: `\(safe(guide.id))` \(md(guide.version)), last verified \(md(guide.lastVerified))",
            "- Started \(report.zone.time(report.progress.createdAt)); last change \(report.zone.time(report.progress.updatedAt))",
        ]
        if let answers = answersLine(report) { lines.append("- \(md(answers))") }
        if let warning = report.guideAge?.warning { lines += ["", "> **Note:** \(md(warning))"] }
        lines += ["", "**\(statusLine(report))**", "", "## Steps", ""]
        for step in report.steps {
            let box = step.status == .done || step.status == .notNeeded ? "[x]" : "[ ]"
            var line = "- \(box) **\(step.number). \(md(step.title))**: \(step.status.words)"
            if let at = step.statusChangedAt { line += ", \(report.zone.time(at))" }
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
        if !report.retiredLines.isEmpty {
            lines += ["", "## Steps no longer in the guide", ""]
            lines += report.retiredLines.map { "- \(md($0))" }
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
            rechecks: report.progress.rechecks ?? [], nextRecheckDue: report.schedule.nextDueDay(report.progress, guide: report.guide, zone: report.zone),
            record: report.recordLines)
        return JSONText.encode(summary)
    }

    static func safe(_ text: String) -> String { TerminalSafeText.sanitize(text) }
}
