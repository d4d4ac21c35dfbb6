import OptOutCore

/// Word wrapping and cutting measured in terminal columns.
public enum TextLayout {
    /// Wraps styled text into lines of at most `width` columns. Words are separated by spaces; a
    /// word wider than a line is broken between characters. The first line starts with `indent`,
    /// the others with `hangingIndent`. Spaces inside spans separate words, so put leading space
    /// in the indents.
    public static func wrap(
        _ spans: [StyledSpan], width: Int, indent: String = "", indentStyle: CellStyle = .plain, hangingIndent: String? = nil
    ) -> [StyledLine] {
        let hanging = hangingIndent ?? indent
        guard width > 0 else { return [] }
        var words: [StyledSpan] = []
        var pending: [StyledSpan] = []  // pieces of the word being read
        func endWord() {
            guard !pending.isEmpty else { return }
            words.append(merge(pending))
            pending = []
        }
        for span in spans {
            // ASCII text (most of it) splits at space bytes; anything else goes character by
            // character, since a space followed by a combining mark is one character, not a break.
            let text = span.text
            if text.utf8.allSatisfy({ $0 < 0x80 }) {
                var start = text.utf8.startIndex
                var index = start
                while index != text.utf8.endIndex {
                    if text.utf8[index] == 0x20 {
                        if start != index { pending.append(StyledSpan(String(text[start..<index]), span.style)) }
                        endWord()
                        start = text.utf8.index(after: index)
                    }
                    index = text.utf8.index(after: index)
                }
                if start != index { pending.append(StyledSpan(String(text[start..<index]), span.style)) }
                continue
            }
            var current = ""
            for ch in text {
                if ch == " " {
                    if !current.isEmpty { pending.append(StyledSpan(current, span.style)); current = "" }
                    endWord()
                } else {
                    current.append(ch)
                }
            }
            if !current.isEmpty { pending.append(StyledSpan(current, span.style)) }
        }
        endWord()

        var lines: [StyledLine] = []
        var line = StyledLine(indent, indentStyle)
        var lineWidth = TerminalWidth.columns(of: indent)
        var lineHasWord = false
        func newLine() {
            lines.append(line)
            line = StyledLine(hanging)
            lineWidth = TerminalWidth.columns(of: hanging)
            lineHasWord = false
        }
        for word in words {
            for piece in split(word) {
                let pieceWidth = piece.spans.reduce(0) { $0 + TerminalWidth.columns(of: $1.text) }
                let needed = (lineHasWord ? 1 : 0) + pieceWidth
                if lineHasWord, lineWidth + needed > width { newLine() }
                if lineHasWord {
                    // A space between two words of one style takes that style (so reverse video or
                    // an underline runs on unbroken); between styles it is plain.
                    let before = line.spans.last?.style
                    let after = piece.spans.first?.style
                    line.spans.append(StyledSpan(" ", before == after ? before ?? .plain : .plain))
                    lineWidth += 1
                }
                line.spans.append(contentsOf: piece.spans)
                lineWidth += pieceWidth
                lineHasWord = true
            }
        }
        if lineHasWord || lines.isEmpty { lines.append(line) }
        return lines.map(compact)

        /// Breaks a word wider than a whole line into line-sized pieces.
        func split(_ word: StyledSpan) -> [StyledLine] {
            let available = max(1, width - TerminalWidth.columns(of: hanging))
            let wordWidth = TerminalWidth.columns(of: word.text)
            guard wordWidth > available else { return [StyledLine([word])] }
            LayoutWatch.current?.recordBroken(word.text)
            var pieces: [StyledLine] = []
            var current = ""
            var currentWidth = 0
            for ch in word.text {
                let w = TerminalWidth.columns(of: ch)
                if currentWidth + w > available, !current.isEmpty {
                    pieces.append(StyledLine(current, word.style))
                    current = ""
                    currentWidth = 0
                }
                current.append(ch)
                currentWidth += w
            }
            if !current.isEmpty { pieces.append(StyledLine(current, word.style)) }
            return pieces
        }
    }

    /// Plain text wrapped in one style; see ``wrap(_:width:indent:indentStyle:hangingIndent:)``.
    public static func wrap(_ text: String, width: Int, style: CellStyle = .plain, indent: String = "", hangingIndent: String? = nil) -> [StyledLine] {
        wrap([StyledSpan(text, style)], width: width, indent: indent, hangingIndent: hangingIndent)
    }

    /// The text cut to at most `width` columns, ending in "…" when something was cut.
    /// Never cuts a wide character in half.
    public static func truncate(_ text: String, width: Int, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        if TerminalWidth.columns(of: text) <= width { return text }
        let room = width - TerminalWidth.columns(of: ellipsis)
        var out = ""
        var used = 0
        for ch in text {
            let w = TerminalWidth.columns(of: ch)
            if used + w > room { break }
            out.append(ch)
            used += w
        }
        return room >= 0 ? out + ellipsis : out
    }

    /// At most `count` lines: when lines were left out, the last one kept ends in an ellipsis (in
    /// `style`), so the reader sees that something is missing.
    static func limit(_ lines: [StyledLine], to count: Int, width: Int, ellipsis: String, style: CellStyle) -> [StyledLine] {
        guard lines.count > count, count > 0 else { return lines }
        var kept = Array(lines.prefix(count))
        kept[count - 1] = StyledLine(truncate(kept[count - 1].text + " " + ellipsis, width: width, ellipsis: ellipsis), style)
        return kept
    }

    /// A label followed by text, wrapped: "When it is done: …". The text is made terminal-safe; the
    /// label is the program's own.
    static func labelled(_ label: String, _ text: String, labelStyle: CellStyle = .bold, width: Int, indent: String = "") -> [StyledLine] {
        wrap([StyledSpan(label, labelStyle), StyledSpan(" " + TerminalSafeText.sanitize(text))], width: width, indent: indent)
    }

    /// Key entries ("b back") packed on lines of at most `width` columns, two spaces apart, each
    /// entry's key (its first word) in bold. An entry that does not fit starts the next line.
    static func pack(_ items: [String], width: Int) -> [StyledLine] {
        var lines: [StyledLine] = []
        var line = StyledLine()
        var lineWidth = 0  // kept as the line grows, not measured again for every item
        for item in items {
            let parts = item.split(separator: " ", maxSplits: 1).map(String.init)
            guard let key = parts.first else { continue }
            var spans = [StyledSpan(key, CellStyle(.bold))]
            if parts.count > 1 { spans.append(StyledSpan(" " + parts[1])) }
            let itemWidth = TerminalWidth.columns(of: item)
            if !line.spans.isEmpty, lineWidth + 2 + itemWidth > width {
                lines.append(line)
                line = StyledLine()
                lineWidth = 0
            }
            if !line.spans.isEmpty {
                line.spans.append(StyledSpan("  "))
                lineWidth += 2
            }
            line.spans.append(contentsOf: spans)
            lineWidth += itemWidth
        }
        if !line.spans.isEmpty { lines.append(line) }
        return lines
    }

    /// A word made of several styled pieces becomes one span when all pieces share a style.
    private static func merge(_ pieces: [StyledSpan]) -> StyledSpan {
        // Words that mix styles are rare (a label ending mid-word); the first style wins.
        if pieces.count == 1 { return pieces[0] }
        var text = ""
        for piece in pieces { text += piece.text }
        return StyledSpan(text, pieces[0].style)
    }

    /// Joins neighbouring spans of the same style.
    private static func compact(_ line: StyledLine) -> StyledLine {
        var out: [StyledSpan] = []
        for span in line.spans where !span.text.isEmpty {
            if let last = out.last, last.style == span.style {
                out[out.count - 1].text += span.text
            } else {
                out.append(span)
            }
        }
        return StyledLine(out)
    }
}
