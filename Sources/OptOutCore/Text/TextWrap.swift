/// Word wrapping for plain text output. Widths count characters; the full screen measures cells itself.
public enum TextWrap {
    /// Wraps `text` into lines of at most `width` characters (a longer word stands alone on its line).
    public static func wrap(_ text: String, width: Int, indent: String = "", hangingIndent: String? = nil) -> [String] {
        let hanging = hangingIndent ?? indent
        var lines: [String] = []
        var current = indent
        var currentHasWord = false
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            if currentHasWord, current.count + 1 + word.count > width {
                lines.append(current)
                current = hanging
                currentHasWord = false
            }
            current += (currentHasWord ? " " : "") + word
            currentHasWord = true
        }
        if currentHasWord || lines.isEmpty { lines.append(currentHasWord ? current : "") }
        return lines
    }

    /// A line wider than `width`, wrapped between words, its continuation lines indented two columns
    /// more than the line itself; a line that fits is returned as it is.
    public static func fit(_ line: String, width: Int) -> [String] {
        guard line.count > width else { return [line] }
        let indent = String(line.prefix { $0 == " " })
        return wrap(String(line.dropFirst(indent.count)), width: width, indent: indent, hangingIndent: indent + "  ")
    }
}

/// How wide optout's own text is, wherever it is printed line by line (the text summary, the printed
/// guide, plain mode, the commands' sentences): the one rule, so they all agree. Lines are wrapped at
/// two columns less than the terminal's width, so none reaches the last column (where some terminals
/// add an empty line); output that is not a terminal (a file, a pipe) is wrapped as for 80 columns,
/// at 78. Words are never split: a word longer than the width stands alone on its line.
///
/// The terminal's width is the caller's to measure (from the terminal itself, never from `COLUMNS`).
public enum TextWidth {
    /// The width assumed for output that is not a terminal.
    public static let pageColumns = 80

    /// The width lines are wrapped at, for a terminal `terminalColumns` wide, or for output that is not
    /// a terminal (nil).
    public static func lineWidth(terminalColumns: Int?) -> Int {
        max(1, (terminalColumns ?? pageColumns) - 2)
    }

    /// What output that is not a terminal is wrapped at (78).
    public static var page: Int { lineWidth(terminalColumns: nil) }
}
