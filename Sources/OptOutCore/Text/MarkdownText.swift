/// Text for the Markdown that optout writes (the summary, the printed guide, the report), safe on a
/// terminal too: member- and file-provided text cannot become markup or control sequences.
enum MarkdownText {
    /// The text made terminal-safe, with the characters Markdown would read as markup escaped.
    static func escape(_ text: String) -> String {
        var out = ""
        for ch in TerminalSafeText.sanitize(text) {
            if "\\`*_[]<>|".contains(ch) { out.append("\\") }
            out.append(ch)
        }
        return out
    }

    /// A URL as a Markdown link target: terminal-safe, with the characters that would end it encoded.
    static func linkTarget(_ url: String) -> String {
        var out = ""
        for ch in TerminalSafeText.sanitize(url) {
            switch ch {
            case "(": out += "%28"
            case ")": out += "%29"
            case "<": out += "%3C"
            case ">": out += "%3E"
            case " ": out += "%20"
            default: out.append(ch)
            }
        }
        return out
    }
}
