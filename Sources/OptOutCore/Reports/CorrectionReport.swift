#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// `optout report`: what a member found different from the guide, in Markdown, for the people who
/// keep the guide. It carries the guide's and optout's versions, the platform and LinkedIn language,
/// the steps whose screen differed (what the member saw, and when) and the steps skipped with a
/// reason, those texts as the member typed them; and nothing else the member typed: never the notes,
/// the objection text (with its name and email) or the confirmation reference. It ends with where to
/// send it.
public enum CorrectionReport {
    /// Where to send the report: the guide's `reportTo`, or, when the guide names no place, who gave
    /// the guide file.
    static func place(_ guide: Guide) -> String {
        guide.reportTo.map { guide.labelResolver(for: nil).resolve($0) } ?? tr("whoever gave you the guide file")
    }

    /// The report. `progress` is matched to the guide by step id first.
    public static func markdown(guide: Guide, progress saved: WalkthroughProgress, version: String = OptOutVersion.current)
        -> String
    {
        let (progress, _) = GuideReconciler.reconcile(saved, with: guide)
        let md = MarkdownText.escape
        let code = { (text: String) in "`" + String(TerminalSafeText.sanitize(text).map { $0 == "`" ? "'" : $0 }) + "`" }
        func answer(_ key: String) -> String {
            guard let value = progress.answers[key] else { return tr("not answered") }
            let option = guide.steps.compactMap(\.choice).first { $0.answerKey == key }?.options.first { $0.id == value }
            return (option.map { md($0.label) + " " } ?? "") + "(\(code(value)))"
        }
        var lines = [
            "# " + tr("Screens that differ from the guide", context: "heading"),
            "",
            tr("A report from optout for the people who keep the guide. It holds what you typed about the screens that differed and your reasons for skipping steps, word for word: read them before you send it, and take out anything you would rather not share. It holds nothing else you typed: not your notes, your objection text (with your name and email address) or its confirmation reference."),
            "",
            // Translators: a line of the report: {version} is optout's version.
            "- " + tr("optout version: {version}", ["version": md(version)]),
            "- " + tr("Guide: {id} {version}, last verified {day}",
                      ["id": code(guide.id), "version": md(guide.version), "day": md(guide.lastVerified)]),
            // Translators: the member's answer, such as "Desktop web browser (`web`)".
            "- " + tr("Platform: {answer}", ["answer": answer("platform")]),
            "- " + tr("LinkedIn language: {answer}", ["answer": answer(LinkedInLanguage.answerKey)]),
            "",
            "## " + tr("Screens that differ", context: "heading"),
            "",
        ]
        let total = guide.steps.count
        let differing = guide.steps.enumerated().compactMap { index, step in
            progress.record(step.id).flatMap { record in record.screenDiffers.map { (index, step, record, $0) } }
        }
        if differing.isEmpty {
            // Translators: "screen differs" is the mark a member sets on a step.
            lines.append(tr("None: no step is marked \"screen differs\"."))
        }
        for (index, step, record, seen) in differing {
            // Translators: "Step 3 of 12": where the step is in the guide.
            let position = tr("Step {number} of {count}", ["number": String(index + 1), "count": String(total)])
            lines += [
                "### \(position): \(md(step.title)) (\(code(step.id)))",
                "",
                // Translators: when the member recorded what they saw; {time} is a time in UTC.
                "- " + (record.updatedAt.map { tr("Recorded: {time}", ["time": TimeText.utc($0)]) } ?? tr("Recorded: time unknown")),
                "- " + tr("What the member saw instead:"),
                "",
                "  > \(md(seen))",
                "",
            ]
        }
        while lines.last == "" { lines.removeLast() }
        let skipped = guide.steps.enumerated().compactMap { index, step -> String? in
            guard let record = progress.record(step.id), record.status == .skipped || record.status == .notNeeded,
                let reason = record.reason
            else { return nil }
            let position = tr("Step {number} of {count}", ["number": String(index + 1), "count": String(total)])
            return "- \(position): \(md(step.title)) (\(code(step.id))), \(record.status.words): \(md(reason))"
        }
        lines += ["", "## " + tr("Steps skipped with a reason", context: "heading"), ""]
        lines += skipped.isEmpty ? [tr("None.")] : skipped
        if guide.reportTo == nil {
            // Translators: {place} is who to send it to, such as "whoever gave you the guide file".
            lines += ["", tr("This guide names no place to send reports to: send it to {place}.", ["place": place(guide)])]
        } else {
            // Translators: {place} is where to send it: an address or a page.
            lines += ["", tr("Send this report to {place}.", ["place": md(place(guide))])]
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// What the end of a walkthrough says when some screen differed from the guide; nil when none did.
    public static func hint(guide: Guide, progress: WalkthroughProgress) -> String? {
        let count = guide.steps.filter { progress.record($0.id)?.screenDiffers != nil }.count
        guard count > 0 else { return nil }
        // Translators: {place} is where to send the report: an address, a page, or "whoever gave you the guide file".
        return trn(
            "Your screen differed from the guide on {count} step. `optout report` writes a report of what you saw and your reasons for skipping steps, as you typed them, and nothing else you typed; read it, then send it to {place}.",
            "Your screen differed from the guide on {count} steps. `optout report` writes a report of what you saw and your reasons for skipping steps, as you typed them, and nothing else you typed; read it, then send it to {place}.",
            count: count, ["place": place(guide)])
    }
}
