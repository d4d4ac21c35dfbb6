/// Makes text that came from a member or a file harmless to print on a terminal: control
/// characters (C0, DEL, C1) and bidirectional overrides are replaced by visible forms, so nothing
/// typed into a note can move the cursor, change colours, set the title or write the clipboard.
public enum TerminalSafeText {
    /// The text with every control character replaced. Newlines are kept when `keepNewlines` is set;
    /// tabs become a space.
    public static func sanitize(_ text: String, keepNewlines: Bool = false) -> String {
        guard text.unicodeScalars.contains(where: needsReplacing) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x0A where keepNewlines:
                out.append(scalar)
            case 0x09:
                out.append(" ")
            case 0x00...0x1F:
                // The Control Pictures block has a visible symbol for each C0 character (␛ for ESC).
                out.append(Unicode.Scalar(0x2400 + scalar.value)!)
            case 0x7F:
                out.append("\u{2421}")
            default:
                if needsReplacing(scalar) {
                    out.append(contentsOf: "<U+\(hex(scalar.value))>".unicodeScalars)
                } else {
                    out.append(scalar)
                }
            }
        }
        return String(out)
    }

    /// True for scalars that must not reach a terminal as they are.
    public static func needsReplacing(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: true
        // Bidirectional embeddings, overrides and isolates can make text read differently from its bytes.
        case 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    private static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
