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
            page.add([StyledLine(section.rawValue, CellStyle(.bold, role: .heading))])
            // Two columns: the keys, then the explanation wrapped beside them.
            let hanging = String(repeating: " ", count: keyColumn + 2)
            for row in rows {
                let keysWidth = TerminalWidth.columns(of: row.keys)
                let explanation = TextLayout.wrap(row.help, width: max(10, width - keyColumn - 2))
                var first = StyledLine([StyledSpan("  "), StyledSpan(row.keys, CellStyle(.bold))])
                var rest = explanation
                if keysWidth < keyColumn, let line = rest.first {
                    first.spans.append(StyledSpan(String(repeating: " ", count: keyColumn - keysWidth)))
                    first.spans += line.spans
                    rest.removeFirst()
                }
                page.add([first])
                page.add(rest.map { StyledLine([StyledSpan(hanging)] + $0.spans) })
            }
        }
        page.blank()
        page.add([StyledLine("Marks", CellStyle(.bold, role: .heading))])
        let marks = StepStatus.allCases.map { "\(SummaryRenderer.mark($0)) \($0.words)" }.joined(separator: ", ")
        page.add(TextLayout.wrap(marks, width: width, indent: "  ", hangingIndent: "  "))
        page.blank()
        page.add(TextLayout.wrap(TerminalSafeText.sanitize("Your progress is saved to \(statePath) after every change."), width: width))
        if page.lines.first?.text.isEmpty == true { page.lines.removeFirst() }
        return page
    }
}
