/// How a drawn QR code is made dark on light. The characters are the dark modules whatever is chosen.
public enum QRContrast: Equatable, Sendable, CaseIterable {
    /// Explicit black characters on a white background: dark on light on any theme.
    case blackOnWhite
    /// Reverse video, for terminals without colour (or with `NO_COLOR` set): the terminal's own
    /// background colour for the characters on its text colour, dark on light on a dark theme.
    case reverseVideo
    /// No colour and no attributes (output that is not a terminal): the characters as they are.
    case none

    /// The code's lines with ANSI (ECMA-48) attributes for this contrast, each line ending in a reset.
    /// In two-column drawings a `#` is thin, so the dark modules (`##`) are drawn black on black
    /// (solid dark) with colour, and without reverse video (the terminal's background) otherwise.
    /// Reverse video makes the characters the terminal's background colour on its text colour.
    public func terminalLines(_ drawing: QRTextDrawing) -> [String] {
        let lines = drawing.lines
        guard self != .none else { return lines }
        let paper = self == .blackOnWhite ? "\u{1B}[0;30;47m" : "\u{1B}[0;7m"
        let ink = self == .blackOnWhite ? "\u{1B}[0;30;40m" : "\u{1B}[0m"
        return lines.map { line in
            var out = paper
            var inInk = false
            if drawing.glyphs == .twoColumns {
                for character in line {
                    let dark = character == QRTextDrawing.twoColumnDark
                    if dark != inInk {
                        out += dark ? ink : paper
                        inInk = dark
                    }
                    out.append(character)
                }
            } else {
                out += line
            }
            return out + "\u{1B}[0m"
        }
    }
}
