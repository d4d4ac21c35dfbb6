/// A QR code drawn as lines of terminal text, the modules carried by the characters themselves so
/// that a copy, a paste or a text capture of the screen keeps the code.
///
/// With half blocks each character cell holds two modules, one above the other (`▀`, `▄`, `█`, space),
/// which on a terminal's tall cells comes out close to square. Without UTF-8, each module is two
/// columns of one text row: `##` dark, two spaces light; colour then fills the dark cells (see
/// ``isScannable(glyphs:contrast:)``). The characters are the dark modules; colours (see
/// ``QRContrast``) only make sure they are drawn dark on light.
public struct QRTextDrawing: Equatable, Sendable {
    /// How modules become characters.
    public enum Glyphs: Equatable, Sendable {
        /// `▀ ▄ █` and space, two modules to a cell. Needs a UTF-8 terminal.
        case halfBlocks
        /// `##` and two spaces, one module to two columns. Plain ASCII.
        case twoColumns
    }

    /// Light modules around the code. The standard asks for four; readers manage with two.
    public static let minimumQuietZone = 2

    public let code: QRCode
    public let glyphs: Glyphs
    public let quietZone: Int
    /// Character cells per module across (for half blocks; twice that for two columns).
    public let scale: Int

    public init(code: QRCode, glyphs: Glyphs = .halfBlocks, quietZone: Int = QRTextDrawing.minimumQuietZone, scale: Int = 1) {
        self.code = code
        self.glyphs = glyphs
        self.quietZone = max(0, quietZone)
        self.scale = max(1, scale)
    }

    /// Modules across, quiet zone included.
    var modulesAcross: Int { code.size + 2 * quietZone }

    /// Columns the drawing takes.
    public var columns: Int { modulesAcross * scale * (glyphs == .halfBlocks ? 1 : 2) }

    /// Text rows the drawing takes.
    public var rows: Int {
        let high = modulesAcross * scale
        return glyphs == .halfBlocks ? (high + 1) / 2 : high
    }

    /// The largest drawing that fits in a space, or nil when even the smallest does not.
    public static func largest(
        code: QRCode, glyphs: Glyphs, quietZone: Int = minimumQuietZone, fittingColumns columns: Int, rows: Int
    ) -> QRTextDrawing? {
        var best: QRTextDrawing?
        var scale = 1
        while true {
            let drawing = QRTextDrawing(code: code, glyphs: glyphs, quietZone: quietZone, scale: scale)
            guard drawing.columns <= columns, drawing.rows <= rows else { return best }
            best = drawing
            scale += 1
        }
    }

    /// True when the module at a position of the drawing (quiet zone included, in modules) is dark.
    private func isDark(_ row: Int, _ column: Int) -> Bool {
        code[row: row - quietZone, column: column - quietZone]
    }

    /// The drawing, one string per text row, every row `columns` wide (light modules are spaces).
    public var lines: [String] {
        let across = modulesAcross * scale
        var lines: [String] = []
        lines.reserveCapacity(rows)
        switch glyphs {
        case .halfBlocks:
            // Pixel rows two at a time; a pixel is a module divided by the scale.
            for textRow in 0..<rows {
                var line = ""
                line.unicodeScalars.reserveCapacity(across)
                let upper = 2 * textRow, lower = 2 * textRow + 1
                for x in 0..<across {
                    let top = isDark(upper / scale, x / scale)
                    let bottom = lower < across && isDark(lower / scale, x / scale)
                    line.unicodeScalars.append(Self.halfBlock(top: top, bottom: bottom))
                }
                lines.append(line)
            }
        case .twoColumns:
            for y in 0..<across {
                var line = ""
                for x in 0..<across { line += isDark(y / scale, x / scale) ? "##" : "  " }
                lines.append(line)
            }
        }
        return lines
    }

    static func halfBlock(top: Bool, bottom: Bool) -> Unicode.Scalar {
        switch (top, bottom) {
        case (true, true): "█"
        case (true, false): "▀"
        case (false, true): "▄"
        case (false, false): " "
        }
    }

    /// The characters that stand for dark modules in two-column drawings; half-block cells mix
    /// dark and light.
    public static let twoColumnDark: Character = "#"

    /// True when a drawing with these glyphs and this contrast can be scanned. Half blocks always
    /// can. A `#` covers too little of its cell to read as a dark module, so two-column drawings
    /// need colour, which fills the dark modules' cells.
    public static func isScannable(glyphs: Glyphs, contrast: QRContrast) -> Bool {
        glyphs == .halfBlocks || contrast == .blackOnWhite
    }

    /// What to say where ``isScannable(glyphs:contrast:)`` is false.
    public static let cannotShow = "This terminal cannot show a QR code: it needs UTF-8 (a locale such as C.UTF-8) or colours."
}
