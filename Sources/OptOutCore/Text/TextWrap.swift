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
