import OptOutCore

/// How text is laid out in terminal cells: the one measure the whole full screen uses, for drawing
/// (`CellGrid.put` draws exactly `cells(of:)`) and for measuring (`columns(of:)` is the sum of the same
/// cells), so layout and drawing never disagree.
///
/// Text is first made terminal-safe (`TerminalSafeText`). Then each scalar takes 0, 1 or 2 columns
/// (East Asian wide and fullwidth characters and emoji 2, combining marks and other zero-width
/// characters none, everything else 1), from a table built into the program, so layout does not
/// depend on the C library's locale data. Sequences that terminals draw in different widths are drawn
/// in a form every terminal agrees on, and only on screen (the member's text is kept as typed):
/// - a zero-width joiner is left out, so a joined emoji (👨‍👩‍👧) shows its parts side by side;
/// - variation selectors are left out, so a character shows in its default presentation;
/// - a skin-tone modifier after an emoji that takes one is left out (👍🏽 shows as 👍);
/// - a flag (a pair of regional indicators, 🇬🇧) shows as its letters in brackets, `[GB]`.
/// On a screen that shows only ASCII (`asciiOnly`, bound while a frame is laid out in ASCII), letters
/// and punctuation outside ASCII are drawn as `ASCIITransliteration` writes them (ä as `ae`), a cell
/// per letter, so a sentence in German stays readable and is measured as drawn.
/// The backend then checks each cell against the C library's `wcwidth` and draws a stand-in of the
/// same width where the library cannot show a character (an emoji newer than its tables).
public enum TerminalWidth {
    /// True while the screen being laid out shows only ASCII (no UTF-8 locale): `ScreenView.render`
    /// binds it from the context's glyphs.
    @TaskLocal public static var asciiOnly = false

    /// Columns one Unicode scalar takes on its own: 0, 1 or 2. Control characters count 0 here; text is
    /// made terminal-safe before it is measured for display.
    public static func columns(of scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v < 0x20 || (v >= 0x7F && v < 0xA0) { return 0 }
        if v < 0x300 { return 1 }
        if isZeroWidth(scalar) { return 0 }
        if isWide(v) || scalar.properties.isEmojiPresentation { return 2 }
        return 1
    }

    /// Columns text takes when drawn: the sum of its cells.
    public static func columns(of text: String) -> Int {
        // Printable ASCII, most of what is measured, is one column a byte.
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text.utf8.count }
        var total = 0
        forEachCell(of: text) { _, width in total += width }
        return total
    }

    /// Columns a character (grapheme cluster) takes when drawn.
    public static func columns(of character: Character) -> Int {
        columns(of: String(character))
    }

    /// The cells text is drawn in: each scalar with a width starts a cell, and zero-width scalars
    /// (combining marks) join the cell before them; zero-width scalars at the very start stand on a
    /// cell of their own (one column, after a space).
    public static func cells(of text: String) -> [(text: String, width: Int)] {
        var result: [(text: String, width: Int)] = []
        forEachCell(of: text) { cell, width in
            if width == 0 {
                result[result.count - 1].text.unicodeScalars.append(contentsOf: cell.unicodeScalars)
            } else {
                result.append((text: cell, width: width))
            }
        }
        return result
    }

    /// Calls `body` for each cell in order: a new cell with its width, or (width 0) scalars that join
    /// the cell before.
    private static func forEachCell(of text: String, _ body: (String, Int) -> Void) {
        let safe = TerminalSafeText.sanitize(text)
        let ascii = asciiOnly
        var started = false
        var previous: Unicode.Scalar?
        var pendingIndicator: Unicode.Scalar?
        func emit(_ cell: String, _ width: Int) {
            if width == 0, !started {
                body(" ", 1)
            }
            started = true
            body(cell, width)
        }
        func flushIndicator() {
            guard let indicator = pendingIndicator else { return }
            pendingIndicator = nil
            emit("[", 1)
            emit(letter(of: indicator), 1)
            emit("]", 1)
        }
        for scalar in safe.unicodeScalars {
            let v = scalar.value
            if isRegionalIndicator(v) {
                if let first = pendingIndicator {
                    pendingIndicator = nil
                    for piece in ["[", letter(of: first), letter(of: scalar), "]"] { emit(piece, 1) }
                } else {
                    pendingIndicator = scalar
                }
                previous = scalar
                continue
            }
            flushIndicator()
            // Left out on screen: joiners, variation selectors, and skin tones after an emoji that takes one.
            if v == 0x200D || (0xFE00...0xFE0F).contains(v) || (0xE0100...0xE01EF).contains(v) {
                continue
            }
            if (0x1F3FB...0x1F3FF).contains(v), let base = previous, base.properties.isEmojiModifierBase {
                continue
            }
            if ascii, !scalar.isASCII, let replacement = ASCIITransliteration.replacement(for: scalar) {
                for letter in replacement.unicodeScalars { emit(String(letter), 1) }
                continue
            }
            emit(String(scalar), columns(of: scalar))
            if columns(of: scalar) > 0 { previous = scalar }
        }
        flushIndicator()
    }

    private static func isRegionalIndicator(_ v: UInt32) -> Bool { (0x1F1E6...0x1F1FF).contains(v) }

    /// The letter a regional indicator stands for (🇬 is G).
    private static func letter(of indicator: Unicode.Scalar) -> String {
        String(Unicode.Scalar(indicator.value - 0x1F1E6 + 0x41)!)
    }

    private static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        switch v {
        case 0x200B...0x200F, 0x2028...0x202E, 0x2060...0x2064, 0xFEFF: return true
        case 0x1160...0x11FF, 0xD7B0...0xD7FF: return true  // Hangul medial vowels and final consonants
        case 0xFE00...0xFE0F, 0xE0100...0xE01EF: return true  // variation selectors
        default: break
        }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return true
        default: return false
        }
    }

    /// East Asian Wide and Fullwidth ranges (Unicode 15), outside the emoji that
    /// `isEmojiPresentation` already covers.
    private static func isWide(_ v: UInt32) -> Bool {
        switch v {
        case 0x1100...0x115F, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF,
            0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF,
            0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
            0x16FE0...0x16FE4, 0x16FF0...0x16FF1, 0x17000...0x18CD5, 0x18D00...0x18D08,
            0x1AFF0...0x1B2FB, 0x1F200...0x1F202, 0x1F210...0x1F23B, 0x1F240...0x1F248,
            0x1F250...0x1F251, 0x1F260...0x1F265, 0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return true
        default:
            return false
        }
    }
}
