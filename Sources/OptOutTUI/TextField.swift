import OptOutCore

/// An edit in a one-line text field.
public enum TextFieldEdit: Hashable, Sendable {
    case insert(Unicode.Scalar)
    case moveLeft
    case moveRight
    case moveToStart
    case moveToEnd
    case deleteBackward
    case deleteForward
    /// Ctrl-U: erases everything before the cursor.
    case deleteToStart
    /// Ctrl-K: erases everything from the cursor to the end.
    case deleteToEnd
    /// Ctrl-W: erases the word before the cursor (and the spaces between it and the cursor), as a
    /// shell's line editor does: a word ends at a space.
    case deleteWordBackward
    /// Pasted text, inserted as one line (see `TextField.pastable`).
    case paste(String)
}

/// A one-line text field: its text and a cursor counted in characters (grapheme clusters), so a
/// letter with an accent or an emoji moves and erases as one.
///
/// The text is kept as two stacks of characters, those before the cursor and those after it (a gap
/// buffer), so typing, erasing and moving the cursor by one cost the same however long the text is,
/// and drawing looks only at the characters around the cursor.
public struct TextField: Equatable, Sendable {
    /// The characters before the cursor, in order.
    private var before: [Character]
    /// The characters after the cursor, the last one first.
    private var after: [Character]
    /// True once an edit changed the text the field opened with.
    public private(set) var isEdited = false

    /// A field holding `text`, with the cursor at its end.
    public init(text: String = "") {
        before = Array(text)
        after = []
    }

    /// The whole text (built on demand: its cost grows with the text).
    public var text: String { String(before) + String(after.reversed()) }

    /// How many characters come before the cursor.
    public var cursor: Int { before.count }

    /// How many characters the text has.
    public var count: Int { before.count + after.count }

    public mutating func apply(_ edit: TextFieldEdit) {
        switch edit {
        case let .insert(scalar):
            // Control and direction-changing characters are never typed into a note.
            guard !TerminalSafeText.needsReplacing(scalar) else { return }
            insert(String(scalar))
        case let .paste(text):
            insert(Self.pastable(text))
        case .moveLeft:
            if let character = before.popLast() { after.append(character) }
        case .moveRight:
            if let character = after.popLast() { before.append(character) }
        case .moveToStart:
            after.append(contentsOf: before.reversed())
            before.removeAll()
        case .moveToEnd:
            before.append(contentsOf: after.reversed())
            after.removeAll()
        case .deleteBackward:
            if before.popLast() != nil { isEdited = true }
        case .deleteForward:
            if after.popLast() != nil { isEdited = true }
        case .deleteToStart:
            if !before.isEmpty { isEdited = true }
            before.removeAll()
        case .deleteToEnd:
            if !after.isEmpty { isEdited = true }
            after.removeAll()
        case .deleteWordBackward:
            let kept = before.count
            while let last = before.last, last.isWhitespace { before.removeLast() }
            while let last = before.last, !last.isWhitespace { before.removeLast() }
            if before.count != kept { isEdited = true }
        }
    }

    /// Pasted text as one line: each line break (CR LF, CR or LF) and tab becomes a space, and other
    /// control and direction-changing characters are left out.
    public static func pastable(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var afterCarriageReturn = false
        for scalar in text.unicodeScalars {
            defer { afterCarriageReturn = scalar == "\r" }
            switch scalar {
            case "\n" where afterCarriageReturn:
                continue
            case "\r", "\n", "\t":
                out.append(" ")
            default:
                if !TerminalSafeText.needsReplacing(scalar) { out.append(scalar) }
            }
        }
        return String(out)
    }

    /// Inserts text at the cursor. Its first scalars may join the character before the cursor (a
    /// combining mark after a letter, the second half of a flag).
    private mutating func insert(_ text: String) {
        guard !text.isEmpty else { return }
        isEdited = true
        if let last = before.popLast() {
            before.append(contentsOf: String(last) + text)
        } else {
            before.append(contentsOf: text)
        }
    }

    /// The part of the text that fits in `width` columns with the cursor in view, and the cursor's
    /// column within it. Characters are measured as they are drawn (`TerminalWidth`), and only those
    /// around the cursor are looked at.
    public func visible(width: Int) -> (text: String, cursorColumn: Int) {
        guard width > 0 else { return ("", 0) }
        // As many characters before the cursor as fit with one cell left for the cursor.
        var start = before.count
        var beforeCursor = 0
        while start > 0 {
            let columns = TerminalWidth.columns(of: before[start - 1])
            if beforeCursor + columns + 1 > width { break }
            beforeCursor += columns
            start -= 1
        }
        var shown = String(before[start...])
        var used = beforeCursor
        for character in after.reversed() {
            let columns = TerminalWidth.columns(of: character)
            if used + columns > width { break }
            shown.append(character)
            used += columns
        }
        return (TerminalSafeText.sanitize(shown), beforeCursor)
    }
}
