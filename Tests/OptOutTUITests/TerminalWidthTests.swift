import Foundation
import OptOutCore
import Testing

@testable import OptOutTUI

@Suite("Terminal widths and the cell grid")
struct TerminalWidthTests {
    @Test("columns per character as drawn", arguments: [
        ("a", 1), ("é", 1), ("e\u{301}", 1), ("中", 2), ("確", 2), ("한", 2), ("ｱ", 1), ("Ａ", 2),
        ("😀", 2), ("🎉", 2), ("✓", 1), ("→", 1), ("a\u{200B}", 1), ("a\u{301}", 1),
        // A mark with nothing before it is drawn on a blank of its own.
        ("\u{200B}", 1), ("\u{301}", 1),
        // Sequences terminals draw differently are drawn in a form they agree on.
        ("👍🏽", 2), ("👨\u{200D}👩\u{200D}👧", 6), ("❤\u{FE0F}", 1), ("🇬🇧", 4), ("🇬", 3),
        // Control characters are drawn as their visible forms.
        ("\u{1B}", 1), ("\u{9B}", 8),
    ])
    func columns(text: String, expected: Int) {
        #expect(TerminalWidth.columns(of: text) == expected, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
    }

    @Test("combining marks join the character before them")
    func combiningCells() {
        let cells = TerminalWidth.cells(of: "cafe\u{301}!")
        #expect(cells.map(\.text) == ["c", "a", "f", "e\u{301}", "!"])
        #expect(cells.map(\.width) == [1, 1, 1, 1, 1])
    }

    static let edgeTexts = ["ab中文e\u{301}😀", "確認 ✓ café 🎉", "x🎉🎉🎉", "中中中中中", "e\u{301}\u{302}中😀"]

    @Test("text at the right edge never leaves half a wide character", arguments: edgeTexts, 0..<6)
    func rightEdge(text: String, shift: Int) {
        var grid = CellGrid(size: ScreenSize(columns: 12, rows: 1))
        grid.put(text, row: 0, column: 12 - TerminalWidth.columns(of: text) + shift)
        checkWhole(grid)
        let shown = grid.rowsText[0]
        #expect(TerminalWidth.columns(of: shown) <= 12)
        // Whatever is shown is a prefix of the text, made of whole characters.
        #expect(text.hasPrefix(shown.trimmingCharacters(in: .whitespaces)))
    }

    @Test("a limit inside the row cuts whole characters too", arguments: edgeTexts)
    func limit(text: String) {
        for limit in 1...10 {
            var grid = CellGrid(size: ScreenSize(columns: 12, rows: 1))
            let end = grid.put(text, row: 0, column: 0, limit: limit)
            #expect(end <= limit)
            checkWhole(grid)
            for column in limit..<12 { #expect(grid[0, column] == .blank) }
        }
    }

    @Test("overwriting half of a wide character blanks the other half")
    func overwriteHalf() {
        var grid = CellGrid(size: ScreenSize(columns: 6, rows: 1))
        grid.put("中中中", row: 0, column: 0)
        grid.put("x", row: 0, column: 1)
        grid.put("y", row: 0, column: 2)
        checkWhole(grid)
        #expect(grid.rowsText == [" xy 中"])
    }

    @Test("control characters are made visible before they reach the grid")
    func sanitized() {
        var grid = CellGrid(size: ScreenSize(columns: 30, rows: 1))
        grid.put("a\u{1B}[2Jb\u{9B}c\u{202E}d", row: 0, column: 0)
        let text = grid.rowsText[0]
        #expect(!text.unicodeScalars.contains { TerminalSafeText.needsReplacing($0) })
        #expect(text.hasPrefix("a␛[2Jb"))
    }

    @Test("wrapping measures columns and breaks over-long words between characters")
    func wrapping() {
        let lines = TextLayout.wrap("確認確認確認確認 ok https://example.com/a/very/long/path", width: 10).map(\.text)
        #expect(lines == ["確認確認確", "認確認 ok", "https://ex", "ample.com/", "a/very/lon", "g/path"])
        for line in lines { #expect(TerminalWidth.columns(of: line) <= 10) }
    }

    @Test("truncation adds an ellipsis and keeps wide characters whole")
    func truncation() {
        #expect(TextLayout.truncate("中文中文", width: 5) == "中文…")
        #expect(TextLayout.truncate("short", width: 5) == "short")
        #expect(TextLayout.truncate("abcdef", width: 4, ellipsis: "...") == "a...")
    }

    @Test("sequences terminals disagree on are drawn in cells every terminal agrees on")
    func agreedCells() {
        #expect(TerminalWidth.cells(of: "flags 🇬🇧🇫🇷 end").map(\.text).joined() == "flags [GB][FR] end")
        #expect(TerminalWidth.cells(of: "👨\u{200D}👩\u{200D}👧").map(\.text) == ["👨", "👩", "👧"])
        #expect(TerminalWidth.cells(of: "👍🏽!").map(\.text) == ["👍", "!"])
        #expect(TerminalWidth.cells(of: "🏽").map(\.width) == [2], "a skin tone alone is shown")
        #expect(TerminalWidth.cells(of: "✔\u{FE0F}").map(\.text) == ["✔"])
        #expect(TerminalWidth.cells(of: "e\u{301}").map(\.text) == ["e\u{301}"])
    }

    @Test("what is measured is what is drawn: columns(of:) is the sum of the drawn cells", arguments: [
        "flags 🇬🇧🇫🇷 end", "👨\u{200D}👩\u{200D}👧 best", "👍🏽 ok", "a\u{1B}[2Jb\u{9B}c", "\u{301}x", "確認 ✓ café 🎉",
        "new 🫨🫨 end|",
    ])
    func measuredAsDrawn(text: String) {
        var grid = CellGrid(size: ScreenSize(columns: 60, rows: 1))
        let end = grid.put(text, row: 0, column: 0)
        #expect(end == TerminalWidth.columns(of: text))
        #expect(TerminalWidth.columns(of: text) == text.reduce(0) { $0 + TerminalWidth.columns(of: $1) },
                "per character and whole text agree")
    }

    @Test("the backend draws a stand-in of the same width where the C library cannot show a character")
    func standIns() {
        // glibc 2.36 knows 😀 (2 columns) and not 🫨 (-1); in the C locale it knows no non-ASCII character.
        let utf8: (UInt32) -> Int = { [0x1F600: 2, 0x1FAE8: -1, 0x301: 0, 0xFFFD: 1][$0] ?? 1 }
        let cLocale: (UInt32) -> Int = { $0 < 0x80 ? 1 : -1 }
        let wide = Cell(text: "😀", width: 2, style: .plain)
        let unknown = Cell(text: "🫨", width: 2, style: .plain)
        let accented = Cell(text: "e\u{301}", width: 1, style: .plain)
        #expect(CursesTerminal.drawable(wide, libraryWidth: utf8) == [[0x1F600]])
        #expect(CursesTerminal.drawable(unknown, libraryWidth: utf8) == [[0xFFFD], [0x20]])
        #expect(CursesTerminal.drawable(accented, libraryWidth: utf8) == [[0x65, 0x301]])
        #expect(CursesTerminal.drawable(accented, libraryWidth: cLocale) == [[0x65]])
        #expect(CursesTerminal.drawable(Cell(text: "é", width: 1, style: .plain), libraryWidth: cLocale) == [[0x3F]])
        #expect(CursesTerminal.drawable(wide, libraryWidth: cLocale) == [[0x3F], [0x20]])
    }

    /// Every wide character has its continuation right after it, and no continuation stands alone.
    func checkWhole(_ grid: CellGrid, sourceLocation: SourceLocation = #_sourceLocation) {
        for row in 0..<grid.size.rows {
            for column in 0..<grid.size.columns {
                let cell = grid[row, column]
                if cell.width == 2 {
                    #expect(column + 1 < grid.size.columns && grid[row, column + 1].isContinuation,
                            "wide character at \(column) lacks its second half", sourceLocation: sourceLocation)
                }
                if cell.isContinuation {
                    #expect(column > 0 && grid[row, column - 1].width == 2,
                            "lone second half at \(column)", sourceLocation: sourceLocation)
                }
            }
        }
    }
}

@Suite("Styles on the grid")
struct StyleTests {
    @Test("a selected answer is reverse video from its number to its last word, spaces included")
    func selectionRunsUnbroken() throws {
        var model = ScreenModel()
        model.sync(with: try state(on: "platform"))
        model.selection = 0
        let frame = render(try state(on: "platform"), model)
        let row = try #require(frame.grid.rowsText.firstIndex { $0.contains("› 1. Desktop web browser") })
        let text = frame.grid.rowsText[row]
        let start = try #require(text.range(of: "1. Desktop"))
        let first = text.distance(from: text.startIndex, to: start.lowerBound)
        for column in first..<(first + "1. Desktop web browser".count) {
            #expect(frame.grid[row, column].style.attributes.contains(.reverse), "column \(column)")
        }
        #expect(!frame.grid[row, first + "1. Desktop web browser".count].style.attributes.contains(.reverse))
        // The pointer, not colour alone, marks the selection.
        #expect(frame.grid[row, first - 2].text == "›")
    }

    @Test("the cursor sits on the selected answer and on the resume choice")
    func cursorOnFocus() throws {
        var model = ScreenModel()
        let platform = try state(on: "platform")
        model.sync(with: platform)
        _ = model.update(.moveDown, state: platform)
        _ = model.update(.moveDown, state: platform)
        let frame = render(platform, model)
        let cursor = try #require(frame.cursor)
        #expect(frame.grid.rowsText[cursor.row].contains("› 2. LinkedIn mobile app"))

        let resume = WalkthroughState.begin(guide: guide, saved: try savedProgressPartWay(), now: fixedNow)
        let resumeFrame = render(resume)
        let resumeCursor = try #require(resumeFrame.cursor)
        #expect(resumeFrame.grid.rowsText[resumeCursor.row].contains("› 1. Resume where you stopped"))
    }
}
