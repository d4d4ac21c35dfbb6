import OptOutCore

/// A one-line text field: its text and a cursor counted in characters (grapheme clusters), so a
/// letter with an accent or an emoji moves and erases as one.
public struct TextField: Equatable, Sendable {
    public private(set) var text: String
    /// How many characters come before the cursor.
    public private(set) var cursor: Int

    /// A field holding `text`, with the cursor at its end.
    public init(text: String = "") {
        self.text = text
        self.cursor = text.count
    }

    public mutating func apply(_ edit: TextFieldEdit) {
        switch edit {
        case let .insert(scalar):
            // Control and direction-changing characters are never typed into a note.
            guard !TerminalSafeText.needsReplacing(scalar) else { return }
            let split = text.index(text.startIndex, offsetBy: cursor)
            var before = String(text[..<split])
            before.unicodeScalars.append(scalar)
            // A combining mark joins the character before it, so the count may stay the same.
            text = before + text[split...]
            cursor = min(before.count, text.count)
        case .moveLeft:
            cursor = max(0, cursor - 1)
        case .moveRight:
            cursor = min(text.count, cursor + 1)
        case .moveToStart:
            cursor = 0
        case .moveToEnd:
            cursor = text.count
        case .deleteBackward:
            guard cursor > 0 else { return }
            let at = text.index(text.startIndex, offsetBy: cursor - 1)
            text.remove(at: at)
            cursor = min(cursor - 1, text.count)
        case .deleteForward:
            guard cursor < text.count else { return }
            text.remove(at: text.index(text.startIndex, offsetBy: cursor))
        }
    }

    /// The part of the text that fits in `width` columns with the cursor in view, and the cursor's
    /// column within it. Text passes through `TerminalSafeText` first.
    public func visible(width: Int) -> (text: String, cursorColumn: Int) {
        guard width > 0 else { return ("", 0) }
        let characters = Array(text)
        let widths = characters.map { TerminalWidth.columns(of: TerminalSafeText.sanitize(String($0))) }
        // Start as early as possible while keeping the cursor (plus one cell for it) on screen.
        var start = 0
        var beforeCursor = widths[0..<cursor].reduce(0, +)
        while start < cursor, beforeCursor + 1 > width {
            beforeCursor -= widths[start]
            start += 1
        }
        var shown = ""
        var used = 0
        for index in start..<characters.count {
            if used + widths[index] > width { break }
            shown.append(characters[index])
            used += widths[index]
        }
        return (TerminalSafeText.sanitize(shown), beforeCursor)
    }
}
