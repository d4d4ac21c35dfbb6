import OptOutCore

/// A terminal's size in character cells.
public struct ScreenSize: Equatable, Hashable, Sendable, CustomStringConvertible {
    public var columns: Int
    public var rows: Int

    public init(columns: Int, rows: Int) {
        self.columns = max(0, columns)
        self.rows = max(0, rows)
    }

    public var description: String { "\(columns)x\(rows)" }
}

/// A cell position on the screen, counted from 0 at the top left.
public struct ScreenPosition: Equatable, Hashable, Sendable {
    public var row: Int
    public var column: Int

    public init(row: Int, column: Int) {
        self.row = row
        self.column = column
    }
}

/// Text attributes a terminal can show without colour.
public struct TextAttributes: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let bold = TextAttributes(rawValue: 1 << 0)
    public static let reverse = TextAttributes(rawValue: 1 << 1)
    public static let underline = TextAttributes(rawValue: 1 << 2)
}

/// What a piece of text is, for choosing a colour. Every role's meaning is also carried by words
/// or marks on the screen, so a monochrome terminal loses nothing.
public enum ColorRole: UInt8, CaseIterable, Hashable, Sendable {
    case normal
    case header
    case heading
    case link
    case caution
    case error
    case success
    case muted
    /// A QR code: black characters on white, whatever the theme.
    case qrCode
    /// The dark modules of a QR code drawn as `##` (without UTF-8): black on black, a solid block.
    case qrDarkModule
}

/// How a cell is drawn: attributes plus a colour role.
public struct CellStyle: Hashable, Sendable {
    public var attributes: TextAttributes
    public var role: ColorRole

    public init(_ attributes: TextAttributes = [], role: ColorRole = .normal) {
        self.attributes = attributes
        self.role = role
    }

    public static let plain = CellStyle()
    public static let bold = CellStyle(.bold)
}

/// One character cell: a character (a spacing scalar and any combining marks that follow it) and
/// its style. A wide character fills its cell and the next one, which is a continuation cell.
public struct Cell: Hashable, Sendable {
    /// What the cell shows; empty for the second half of a wide character.
    public var text: String
    /// 1 for a normal cell, 2 for the first half of a wide character, 0 for the second half.
    public var width: Int
    public var style: CellStyle

    public init(text: String, width: Int, style: CellStyle) {
        self.text = text
        self.width = width
        self.style = style
    }

    public static let blank = Cell(text: " ", width: 1, style: .plain)

    /// True for the second half of a wide character.
    public var isContinuation: Bool { width == 0 }
}

/// A screen's worth of cells in memory. The view draws into it; the backend copies it to the terminal.
public struct CellGrid: Equatable, Sendable {
    public let size: ScreenSize
    private var cells: [Cell]

    public init(size: ScreenSize) {
        self.size = size
        self.cells = Array(repeating: .blank, count: size.columns * size.rows)
    }

    public subscript(row: Int, column: Int) -> Cell {
        get { cells[row * size.columns + column] }
        set { cells[row * size.columns + column] = newValue }
    }

    /// Writes text from a position, at most up to column `limit` (exclusive; default the right
    /// edge), in the cells `TerminalWidth.cells(of:)` gives (it makes the text terminal-safe first).
    /// A wide character that would not fit whole is left out, and the cell it would have started
    /// fills with a blank instead. Returns the column after the last cell written.
    @discardableResult
    public mutating func put(_ text: String, row: Int, column: Int, style: CellStyle = .plain, limit: Int? = nil) -> Int {
        guard row >= 0, row < size.rows else { return column }
        let end = min(limit ?? size.columns, size.columns)
        var x = max(0, column)
        // Printable ASCII, most of what is drawn, is one cell a byte (what `cells(of:)` gives for it).
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) {
            for byte in text.utf8 {
                if x >= end {
                    LayoutWatch.current?.recordCut(text)
                    break
                }
                setCell(row, x, Cell(text: Self.asciiText[Int(byte) - 0x20], width: 1, style: style))
                x += 1
            }
            return x
        }
        for cell in TerminalWidth.cells(of: text) {
            if x >= end {
                LayoutWatch.current?.recordCut(text)
                break
            }
            if x + cell.width > end {
                LayoutWatch.current?.recordCut(text)
                setCell(row, x, Cell(text: " ", width: 1, style: style))
                x += 1
                break
            }
            setCell(row, x, Cell(text: cell.text, width: cell.width, style: style))
            if cell.width == 2 { setCell(row, x + 1, Cell(text: "", width: 0, style: style)) }
            x += cell.width
        }
        return x
    }

    /// Each printable ASCII character as a string, from the space on.
    private static let asciiText: [String] = (0x20..<0x7F).map { String(Unicode.Scalar(UInt8($0))) }

    /// Writes styled spans one after another; returns the column after the last one.
    @discardableResult
    public mutating func put(_ line: StyledLine, row: Int, column: Int, limit: Int? = nil) -> Int {
        var x = column
        for span in line.spans {
            x = put(span.text, row: row, column: x, style: span.style, limit: limit)
        }
        return x
    }

    /// Fills part of a row with blanks of a style.
    public mutating func fill(row: Int, from start: Int, to end: Int, style: CellStyle = .plain) {
        guard row >= 0, row < size.rows else { return }
        for x in max(0, start)..<max(max(0, start), min(end, size.columns)) {
            setCell(row, x, Cell(text: " ", width: 1, style: style))
        }
    }

    /// Sets a cell, repairing wide characters it overlaps so no half of one is left behind.
    private mutating func setCell(_ row: Int, _ column: Int, _ cell: Cell) {
        guard column >= 0, column < size.columns else { return }
        let old = self[row, column]
        if old.isContinuation, column > 0 {
            self[row, column - 1] = Cell(text: " ", width: 1, style: self[row, column - 1].style)
        }
        if old.width == 2, column + 1 < size.columns, cell.width != 2 {
            self[row, column + 1] = Cell(text: " ", width: 1, style: old.style)
        }
        self[row, column] = cell
    }

    /// The grid as text, one line per row, trailing blanks removed: what a person would read.
    public var text: String {
        rowsText.joined(separator: "\n")
    }

    /// Each row as text, trailing blanks removed.
    public var rowsText: [String] {
        (0..<size.rows).map { row in
            var line = ""
            for column in 0..<size.columns {
                let cell = self[row, column]
                if !cell.isContinuation { line += cell.text }
            }
            while line.last == " " { line.removeLast() }
            return line
        }
    }
}
