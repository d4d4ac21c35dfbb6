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

    /// "done, 2026-11-29 10:00 UTC (reason: later)": the status with its time and reason.
    static func statusWords(_ step: StepReport, zone: LocalZone, text: (String) -> String) -> String {
        var words = step.status.words
        // Translators: {status} is a step's status, such as "done"; {time} is when it was set.
        if let at = step.statusChangedAt { words = tr("{status}, {time}", ["status": words, "time": zone.time(at)]) }
        // Translators: {status} is a step's status, such as "skipped"; {reason} is the member's own words.
        if let reason = step.reason { words = tr("{status} (reason: {reason})", ["status": words, "reason": text(reason)]) }
        return words
    }

    private static func answersLine(_ report: ProgressReport) -> String? {
        var parts: [String] = []
        // Translators: the member's answers in the summary, such as "Platform: Desktop web browser".
        if let answer = report.answerLabel("platform") { parts.append(tr("Platform: {answer}", ["answer": safe(answer)])) }
        if let answer = report.answerLabel(LinkedInLanguage.answerKey) { parts.append(tr("LinkedIn language: {answer}", ["answer": safe(answer)])) }
        if let answer = report.answerLabel("region") { parts.append(tr("Region: {answer}", ["answer": safe(answer)])) }
        return parts.isEmpty ? nil : parts.joined(separator: " · ")
    }

    /// "Guide linkedin-ai-training 1.2.0, last verified 2026-11-29" (`id` as given, so Markdown can quote it).
    static func guideLine(id: String, version: String, lastVerified: String) -> String {
        // Translators: {id} and {version} are the guide's id and version; {day} the day its facts were last checked.
        tr("Guide {id} {version}, last verified {day}", ["id": id, "version": version, "day": lastVerified])
    }

    /// "Started …; last change …".
    static func startedLine(_ report: ProgressReport) -> String {
        // Translators: {started} is when the checklist was started, {changed} when it last changed.
        tr("Started {started}; last change {changed}",
           ["started": report.zone.time(report.progress.createdAt), "changed": report.zone.time(report.progress.updatedAt)])
    }

    static func text(_ report: ProgressReport, width: Int = TextWidth.page) -> String {
        let guide = report.guide
        var lines: [String] = []
        /// Adds `text` wrapped at `width`, continuation lines indented by `hanging`.
        func add(_ text: String, indent: String = "", hanging: String = "  ") {
            lines += TextWrap.wrap(text, width: width, indent: indent, hangingIndent: hanging)
        }
        // Translators: the summary's title: {title} is the guide's title.
        add(tr("{title}: summary", ["title": safe(guide.title)]))
        add(guideLine(id: safe(guide.id), version: safe(guide.version), lastVerified: safe(guide.lastVerified)))
        add(startedLine(report))
        if let answers = answersLine(report) { add(answers) }
        if let warning = report.guideAge?.warning {
            lines.append("")
            // Translators: {warning} says the guide may be out of date.
            add(tr("Note: {warning}", ["warning": warning]), hanging: "")
        }
        lines.append("")
        add(statusLine(report))
        lines += ["", tr("Steps", context: "heading")]
        for step in report.steps {
            // Continuation lines stand under the step's number.
            let line = "\(step.number). \(safe(step.title)): \(statusWords(step, zone: report.zone, text: safe))"
            add("\(mark(step.status)) \(line)", indent: "  ", hanging: "      ")
            // Translators: the member's note on a step, in their own words.
            if let note = step.note { add(tr("Note: {note}", ["note": safe(note)]), indent: "      ", hanging: "        ") }
            if let differs = step.screenDiffers {
                // Translators: what the member saw instead of what the guide described, in their own words.
                add(tr("Screen differed: {text}", ["text": safe(differs)]), indent: "      ", hanging: "        ")
            }
        }
        func section(_ title: String, _ items: [String]) {
            guard !items.isEmpty else { return }
            lines.append("")
            add(title)
            for item in items { add("- \(item)", indent: "  ", hanging: "    ") }
        }
        section(tr("Record", context: "heading"), report.recordLines.map(safe))
        section(tr("Still to do", context: "heading"), report.remaining.map { "\($0.number). \(safe($0.title)) (\($0.status.words))" })
        section(tr("Skipped or left out", context: "heading"), report.skippedLines.map(safe))
        section(tr("Steps no longer in the guide (what you recorded on them)"), report.retiredLines.map(safe))
        // Translators: a heading: {id} and {version} are the guide's id and version.
        section(tr("Screens that did not match the guide ({id} {version}; worth reporting)", ["id": safe(guide.id), "version": safe(guide.version)]),
                report.screenDifferenceLines.map(safe))
        lines += ["", tr("Keep in mind", context: "heading")]
        for caveat in guide.caveats { add("- \(safe(caveat))", indent: "  ", hanging: "    ") }
        return lines.joined(separator: "\n") + "\n"
    }

    static func markdown(_ report: ProgressReport) -> String {
        let guide = report.guide
        let md = MarkdownText.escape
        var lines = [
            "# " + tr("{title}: summary", ["title": md(guide.title)]),
            "",
            // Translators: {id} and {version} are the guide's id and version; {day} the day its facts were last checked.
            "- " + tr("Guide: {id} {version}, last verified {day}",
                      ["id": "`\(safe(guide.id))`", "version": md(guide.version), "day": md(guide.lastVerified)]),
            "- " + startedLine(report),
        ]
        if let answers = answersLine(report) { lines.append("- \(md(answers))") }
        // Translators: a label before the warning that the guide may be out of date.
        if let warning = report.guideAge?.warning { lines += ["", "> **\(tr("Note:", context: "warning"))** \(md(warning))"] }
        lines += ["", "**\(statusLine(report))**", "", "## " + tr("Steps", context: "heading"), ""]
        for step in report.steps {
            let box = step.status == .done || step.status == .notNeeded ? "[x]" : "[ ]"
            lines.append("- \(box) **\(step.number). \(md(step.title))**: \(statusWords(step, zone: report.zone, text: md))")
            if let note = step.note { lines.append("  - " + tr("Note: {note}", ["note": md(note)])) }
            if let differs = step.screenDiffers { lines.append("  - " + tr("Screen differed: {text}", ["text": md(differs)])) }
        }
        if !report.recordLines.isEmpty {
            lines += ["", "## " + tr("Record", context: "heading"), ""]
            lines += report.recordLines.map { "- \(md($0))" }
        }
        if !report.remaining.isEmpty {
            lines += ["", "## " + tr("Still to do", context: "heading"), ""]
            lines += report.remaining.map { "- \($0.number). \(md($0.title)) (\($0.status.words))" }
        }
        if !report.skippedLines.isEmpty {
            lines += ["", "## " + tr("Skipped or left out", context: "heading"), ""]
            lines += report.skippedLines.map { "- \(md($0))" }
        }
        if !report.retiredLines.isEmpty {
            lines += ["", "## " + tr("Steps no longer in the guide", context: "heading"), ""]
            lines += report.retiredLines.map { "- \(md($0))" }
        }
        if !report.screenDifferenceLines.isEmpty {
            // Translators: {id} and {version} are the guide's id and version.
            let which = tr("Guide {id} {version}; worth reporting.", ["id": "`\(safe(guide.id))`", "version": md(guide.version)])
            lines += ["", "## " + tr("Screens that did not match the guide", context: "heading"), "", which, ""]
            lines += report.screenDifferenceLines.map { "- \(md($0))" }
        }
        lines += ["", "## " + tr("Keep in mind", context: "heading"), ""]
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

    static func json(_ localized: ProgressReport) -> String {
        // JSON's values are a contract: the labels' notes and the record's lines stay in English.
        let report = localized.inEnglish
        let g = report.guide
        let summary = JSONSummary(
            guide: .init(id: g.id, title: g.title, version: g.version, lastVerified: g.lastVerified),
            complete: report.isComplete, done: report.doneCount, notNeeded: report.notNeededCount, total: report.total,
            current: report.currentStepId, answers: report.progress.answers, startedAt: report.progress.createdAt,
            updatedAt: report.progress.updatedAt, finishedAt: report.progress.finishedAt, steps: report.steps,
            remaining: report.remaining.map(\.id), caveats: g.caveats, completedAt: report.progress.completedAt,
            rechecks: report.progress.rechecks ?? [], nextRecheckDue: report.schedule.nextDueDay(report.progress, guide: report.guide, zone: report.zone),
            record: InterfaceLanguage.$current.withValue(.english) { report.recordLines })
        return JSONText.encode(summary)
    }

    static func safe(_ text: String) -> String { TerminalSafeText.sanitize(text) }
}
