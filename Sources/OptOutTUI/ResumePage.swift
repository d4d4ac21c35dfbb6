import OptOutCore

/// The offer at the start when there is unfinished progress: how far the member got, what changed
/// in the guide since, and the choices (resume, start over, quit) with the progress file's path.
/// On a screen too short for all of it, the choices come first, under the greeting, so they are in
/// view without scrolling.
struct ResumePage {
    let state: WalkthroughState
    /// The selected choice.
    let selection: Int?
    let statePath: String
    let glyphs: Glyphs
    /// True on a short screen: the choices before the explanation.
    var choicesFirst = false

    func layout(width: Int) -> Page {
        var page = Page()
        // Only counts are shown here: no times, no re-check.
        let report = ProgressReport(guide: state.guide, saved: state.progress, zone: .utc, now: nil)
        page.add([StyledLine(tr("Welcome back."), CellStyle(.bold, role: .heading))])
        if choicesFirst {
            addChoices(to: &page, width: width)
        }
        page.blank()
        page.add(TextLayout.wrap(safe(Messages.resumeOffer(report)), width: width))
        let changes = state.guideChanges.explanation(in: state.guide)
        if !changes.isEmpty {
            page.blank()
            for (index, sentence) in changes.enumerated() {
                if index == 0 {
                    page.add(TextLayout.labelled(tr("Note:", context: "label"), sentence, labelStyle: CellStyle(.bold, role: .caution), width: width))
                } else {
                    page.add(TextLayout.wrap(safe(sentence), width: width))
                }
            }
        }
        if !choicesFirst {
            page.blank()
            addChoices(to: &page, width: width)
        }
        page.blank()
        // Translators: a label before the path of the file progress is saved in.
        page.add(TextLayout.labelled(tr("Progress file:", context: "label"), statePath, labelStyle: CellStyle(role: .muted), width: width))
        return page
    }

    /// The numbered choices, the selected one marked and kept in view.
    private func addChoices(to page: inout Page, width: Int) {
        for (n, choice) in Messages.resumeChoices.enumerated() {
            let selected = n == min(selection ?? 0, Messages.resumeChoices.count - 1)
            let start = page.lines.count
            let pointer = selected ? glyphs.pointer + " " : "  "
            page.add(TextLayout.wrap(
                [StyledSpan("\(n + 1). \(choice.label)", selected ? CellStyle([.reverse, .bold]) : .plain)],
                width: width, indent: pointer, indentStyle: CellStyle(.bold), hangingIndent: "     "))
            if selected { page.selection = start..<page.lines.count }
        }
    }

    private func safe(_ text: String) -> String { TerminalSafeText.sanitize(text) }
}
