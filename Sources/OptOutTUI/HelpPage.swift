import OptOutCore

/// The `?` help: every key, by section, from the key table; what the marks mean; where progress
/// is saved.
struct HelpPage {
    let statePath: String

    func layout(width: Int) -> Page {
        var page = Page()
        page.focusLine = 0
        let keyColumn = width >= 60 ? 22 : 16
        for (section, rows) in KeyMap.helpSections() where !rows.isEmpty {
            page.blank()
            page.add([StyledLine(section.title, CellStyle(.bold, role: .heading))])
            // Two columns: the keys, then the explanation wrapped beside them.
            let hanging = String(repeating: " ", count: keyColumn + 2)
            for row in rows {
                let keysWidth = TerminalWidth.columns(of: row.keys)
                let explanation = TextLayout.wrap(row.help, width: max(10, width - keyColumn - 2))
                // Keys wider than the line (words, in a long language) wrap under each other.
                var keyLines = TextLayout.wrap(row.keys, width: width, style: CellStyle(.bold), indent: "  ")
                var first = keyLines.removeFirst()
                var rest = explanation
                if keyLines.isEmpty, keysWidth < keyColumn, let line = rest.first {
                    first.spans.append(StyledSpan(String(repeating: " ", count: keyColumn - keysWidth)))
                    first.spans += line.spans
                    rest.removeFirst()
                }
                page.add([first] + keyLines)
                page.add(rest.map { StyledLine([StyledSpan(hanging)] + $0.spans) })
            }
        }
        page.blank()
        // Translators: the heading over the marks the checklist and the summary put beside a step's status.
        page.add([StyledLine(tr("Marks", context: "key help"), CellStyle(.bold, role: .heading))])
        let marks = StepStatus.allCases.map { "\(SummaryRenderer.mark($0)) \($0.words)" }.joined(separator: ", ")
        page.add(TextLayout.wrap(marks, width: width, indent: "  ", hangingIndent: "  "))
        page.blank()
        page.add(TextLayout.wrap(
            TerminalSafeText.sanitize(tr("Your progress is saved to {path} after every change.", ["path": statePath])),
            width: width))
        if page.lines.first?.text.isEmpty == true { page.lines.removeFirst() }
        return page
    }
}
