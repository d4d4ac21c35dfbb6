import OptOutCore

/// The completion summary as a page to print and keep (`optout summary --format html`), with the
/// handout's look: the guide it was made with, the record (the setting confirmed Off, the form sent
/// and its confirmation, re-checks), each step with its status, time, note and reason, what is left,
/// what was skipped, screens that differed, and what to keep in mind. Like the other forms of the
/// summary it holds nothing from the objection draft (no name, no email address).
public enum SummaryReceipt {
    public static func render(_ report: ProgressReport, words: HandoutWords = .current) -> String {
        let guide = report.guide
        let title = words.html(words.receiptTitle, ["title": guide.title])
        var body = ["<h1>\(title)</h1>"]
        body.append("<p class=\"meta\">" + words.html(words.guideLine, [
            "id": guide.id, "version": guide.version, "date": guide.lastVerified,
        ]) + "</p>")
        body.append("<p class=\"meta\">" + words.html(words.receiptTimes, [
            "started": report.zone.time(report.progress.createdAt), "changed": report.zone.time(report.progress.updatedAt),
        ]) + "</p>")
        let answers = [(words.platform, "platform"), (words.linkedInLanguage, LinkedInLanguage.answerKey), (words.region, "region")]
            .compactMap { label, key in report.answerLabel(key).map { "\(words.html(label)): \(esc($0))" } }
        if !answers.isEmpty { body.append("<p class=\"meta\">\(answers.joined(separator: " · "))</p>") }
        if let warning = report.guideAge?.warning {
            body.append("<p class=\"warning\"><strong>\(words.html(words.warningLabel)):</strong> \(esc(warning))</p>")
        }
        body.append("<p class=\"status-line\">\(esc(SummaryRenderer.statusLine(report)))</p>")
        if !report.recordLines.isEmpty {
            body += section(words.html(words.recordHeading), report.recordLines.map(esc), listClass: "record")
        }
        body.append("<h2>\(words.html(words.stepsHeading))</h2>")
        body.append("<ol class=\"steps\">")
        for step in report.steps {
            var line = "\(step.number). \(esc(step.title)): \(esc(step.status.words))"
            if let at = step.statusChangedAt { line += ", \(report.zone.time(at))" }
            if let reason = step.reason { line += " (" + words.html(words.reason, ["reason": reason]) + ")" }
            var details: [String] = []
            if let note = step.note { details.append("\(words.html(words.note)): \(esc(note))") }
            if let differs = step.screenDiffers { details.append("\(words.html(words.screenDiffered)): \(esc(differs))") }
            body.append("<li><span class=\"tick\" aria-hidden=\"true\">\(mark(step.status))</span><div><p>\(line)</p>"
                + details.map { "<p class=\"detail\">\($0)</p>" }.joined() + "</div></li>")
        }
        body.append("</ol>")
        if !report.remaining.isEmpty {
            body += section(words.html(words.stillToDoHeading), report.remaining.map {
                "\($0.number). \(esc($0.title)) (\(esc($0.status.words)))"
            })
        }
        if !report.skippedLines.isEmpty {
            body += section(words.html(words.skippedHeading), report.skippedLines.map(esc))
        }
        if !report.screenDifferenceLines.isEmpty {
            body.append("<h2>\(words.html(words.screensDifferedHeading))</h2>")
            body.append("<p>" + words.html(words.screensDifferedNote, ["id": guide.id, "version": guide.version]) + "</p>")
            body.append("<ul>")
            body += report.screenDifferenceLines.map { "<li>\(esc($0))</li>" }
            body.append("</ul>")
        }
        if !guide.caveats.isEmpty {
            body += section(words.html(words.caveatsHeading), guide.caveats.map(esc), listClass: "caveats")
        }
        return HTMLDocument(language: words.language, title: title, body: body).html
    }

    /// A heading and a list of items, already HTML.
    static func section(_ heading: String, _ items: [String], listClass: String? = nil) -> [String] {
        ["<h2>\(heading)</h2>", listClass.map { "<ul class=\"\($0)\">" } ?? "<ul>"] + items.map { "<li>\($0)</li>" } + ["</ul>"]
    }

    /// What the box beside a step holds: a tick when done; the status is always said in words too.
    static func mark(_ status: StepStatus) -> String {
        switch status {
        case .done: "\u{2713}"
        case .notNeeded: "\u{2013}"
        case .waiting: "\u{2026}"
        case .skipped: "\u{00BB}"
        case .pending: ""
        }
    }

    static func esc(_ text: String) -> String { HTMLText.escape(text) }
}
