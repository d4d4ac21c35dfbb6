import OptOutCore
import OptOutSystem

/// How wide standard output is, for text wrapped line by line: the one place the commands and plain
/// mode (through `RunContext.lineWidth`) take the width from. `TextWidth` holds the rule.
enum StandardOutputWidth {
    /// The columns of the terminal standard output is, as the terminal itself says (TIOCGWINSZ;
    /// `COLUMNS` is not trusted over it); nil when standard output is not a terminal or the terminal
    /// gives no size.
    static var terminalColumns: Int? { terminalColumns(of: 1) }

    /// The columns of the terminal `descriptor` is; nil when it is not a terminal or gives no size.
    static func terminalColumns(of descriptor: Int32) -> Int? {
        guard isatty(descriptor) == 1 else { return nil }
        var size = winsize()
        guard ioctl(descriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }

    /// The width to wrap at now: asked again at each call, so plain mode follows a resized terminal.
    static var lineWidth: Int { TextWidth.lineWidth(terminalColumns: terminalColumns) }
}
