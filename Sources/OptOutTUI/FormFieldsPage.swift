import OptOutCore

/// The open form's question under the page (a note, a skip reason, the objection draft's questions,
/// the day a form was sent...): a one-line text field, or a list to tick entries in or pick one
/// from. The message line sits between the rule above it and the question.
struct FormFieldsPage {
    let overlay: ScreenOverlay
    /// The selected entry of a list.
    let listSelection: Int
    let glyphs: Glyphs

    /// The lower area: the message lines, and with a form open, a rule above them and the form's
    /// question with its field or list under them.
    func layout(message: [StyledLine], width: Int) -> LowerArea {
        var lines = message
        // Fields and lists get a rule between them and the step above.
        switch overlay {
        case .field, .list:
            lines.insert(StyledLine(String(repeating: glyphs.horizontalRule, count: width), CellStyle(role: .muted)), at: 0)
        default:
            break
        }
        switch overlay {
        case let .field(form, field):
            // The question says what an empty answer does: it wraps (three lines at most) rather than
            // losing its end.
            let label = TextLayout.limit(
                TextLayout.wrap(TerminalSafeText.sanitize(form.prompt.question), width: width, style: CellStyle(.bold)),
                to: 3, width: width, ellipsis: glyphs.ellipsis, style: CellStyle(.bold))
            let prompt = "> "
            let fieldWidth = max(1, width - TerminalWidth.columns(of: prompt) - 1)
            let shown = field.visible(width: fieldWidth)
            lines += label + [StyledLine(prompt, CellStyle(.bold))]
            let placement = FieldPlacement(row: lines.count - 1, column: TerminalWidth.columns(of: prompt), text: shown.text,
                                           cursorColumn: shown.cursorColumn)
            return LowerArea(lines: lines, field: placement, focus: nil)
        case let .list(form, ticked):
            let prompt = form.prompt
            lines.append(StyledLine(TextLayout.truncate(TerminalSafeText.sanitize(prompt.question), width: width,
                                                        ellipsis: glyphs.ellipsis), CellStyle(.bold)))
            let first = lines.count
            let options: [String]
            var many = false
            switch prompt.input {
            case let .pickMany(list, _):
                options = list
                many = true
            case let .pickOne(list, _): options = list
            case .line: options = []
            }
            for (n, option) in options.enumerated() {
                let box = many ? (ticked.contains(n) ? "[x] " : "[ ] ") : ""
                lines.append(listLine("\(box)\(n + 1). \(TerminalSafeText.sanitize(option))", selected: n == listSelection,
                                      width: width))
            }
            return LowerArea(lines: lines, field: nil, focus: first + min(listSelection, max(0, options.count - 1)))
        default:
            return LowerArea(lines: lines, field: nil, focus: nil)
        }
    }

    private func listLine(_ text: String, selected: Bool, width: Int) -> StyledLine {
        let pointer = selected ? glyphs.pointer + " " : "  "
        let room = width - TerminalWidth.columns(of: pointer)
        return StyledLine([
            StyledSpan(pointer, CellStyle(.bold)),
            StyledSpan(TextLayout.truncate(text, width: room, ellipsis: glyphs.ellipsis), selected ? CellStyle([.reverse, .bold]) : .plain),
        ])
    }
}

/// Where the text field goes in the lower area, and what it shows.
struct FieldPlacement {
    /// The field's line in the area.
    var row: Int
    /// The field's first column, after the prompt.
    var column: Int
    /// The part of the text that fits, around the cursor.
    var text: String
    /// The cursor's column within `text`.
    var cursorColumn: Int
}

/// The lines under the page: the message, and the open form's question with its field or list.
struct LowerArea {
    var lines: [StyledLine]
    var field: FieldPlacement?
    /// The line of the list's selected entry.
    var focus: Int?

    /// The area without its first `count` lines.
    func dropping(_ count: Int) -> LowerArea {
        let count = min(count, lines.count)
        var field = self.field
        field?.row -= count
        return LowerArea(lines: Array(lines.dropFirst(count)), field: field.flatMap { $0.row >= 0 ? $0 : nil },
                         focus: focus.map { $0 - count }.flatMap { $0 >= 0 ? $0 : nil })
    }
}
