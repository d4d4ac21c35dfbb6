/// A run of text in one style.
public struct StyledSpan: Equatable, Sendable {
    public var text: String
    public var style: CellStyle

    public init(_ text: String, _ style: CellStyle = .plain) {
        self.text = text
        self.style = style
    }
}

/// One screen line made of styled spans.
public struct StyledLine: Equatable, Sendable {
    public var spans: [StyledSpan]

    public init(_ spans: [StyledSpan] = []) { self.spans = spans }
    public init(_ text: String, _ style: CellStyle = .plain) { self.spans = [StyledSpan(text, style)] }

    public static let empty = StyledLine()

    /// The line's text without styles. (A loop, not `joined()`: the generic join looks up
    /// associated types at run time, and layout asks for this often.)
    public var text: String {
        var text = ""
        for span in spans { text += span.text }
        return text
    }
    /// Columns the line takes on a terminal.
    public var columns: Int { TerminalWidth.columns(of: text) }
}
