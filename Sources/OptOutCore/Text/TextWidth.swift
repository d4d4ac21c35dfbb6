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
