/// How many terminal columns text takes, with the semantics of `wcwidth`: East Asian wide and
/// fullwidth characters and emoji take 2 columns, combining marks and other zero-width characters
/// take none and join the character before them, everything else takes 1.
///
/// The table is built into the program, so layout does not depend on the C library's locale data.
public enum TerminalWidth {
    /// Columns one Unicode scalar takes: 0, 1 or 2. Control characters count 0 here; text must be
    /// sanitized before it is measured for display.
    public static func columns(of scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v < 0x20 || (v >= 0x7F && v < 0xA0) { return 0 }
        if v < 0x300 { return 1 }
        if isZeroWidth(scalar) { return 0 }
        if isWide(v) || scalar.properties.isEmojiPresentation { return 2 }
        return 1
    }

    /// Columns a string takes when printed.
    public static func columns(of text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + columns(of: $1) }
    }

    /// Columns a character (grapheme cluster) takes: the sum of its scalars, as a terminal that
    /// follows `wcwidth` shows them.
    public static func columns(of character: Character) -> Int {
        character.unicodeScalars.reduce(0) { $0 + columns(of: $1) }
    }

    /// Splits text into terminal cells: each scalar with a width starts a cell, and zero-width
    /// scalars (combining marks, joiners, variation selectors) join the cell before them.
    /// Zero-width scalars at the very start stand on a cell of their own (one column, after a space).
    public static func cells(of text: String) -> [(text: String, width: Int)] {
        var result: [(text: String, width: Int)] = []
        for scalar in text.unicodeScalars {
            let width = columns(of: scalar)
            if width == 0 {
                if result.isEmpty {
                    result.append((text: " " + String(scalar), width: 1))
                } else {
                    result[result.count - 1].text.unicodeScalars.append(scalar)
                }
            } else {
                result.append((text: String(scalar), width: width))
            }
        }
        return result
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
