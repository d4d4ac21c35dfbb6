import OptOutCore
import QRCode

/// How a QR code is printed line by line (plain mode's `p` and `optout qr`): the characters the
/// locale can show and the contrast the output allows.
public struct QRPrintStyle: Equatable, Sendable {
    public var glyphs: QRTextDrawing.Glyphs
    public var contrast: QRContrast

    public init(glyphs: QRTextDrawing.Glyphs, contrast: QRContrast) {
        self.glyphs = glyphs
        self.contrast = contrast
    }

    /// Half blocks with no attributes: what goes to a file or a pipe in a UTF-8 locale.
    public static let plainText = QRPrintStyle(glyphs: .halfBlocks, contrast: .none)

    /// Half blocks in a UTF-8 locale, two columns per module otherwise. On a terminal: black on
    /// white, or reverse video with NO_COLOR set; to a file or a pipe, or with TERM unset or
    /// `dumb`: no attributes at all.
    public static func choose(environment: [String: String], outputIsTerminal: Bool) -> QRPrintStyle {
        let glyphs: QRTextDrawing.Glyphs = localeIsUTF8(environment) ? .halfBlocks : .twoColumns
        let term = environment["TERM"] ?? ""
        guard outputIsTerminal, !term.isEmpty, term != "dumb" else { return QRPrintStyle(glyphs: glyphs, contrast: .none) }
        if let noColour = environment["NO_COLOR"], !noColour.isEmpty { return QRPrintStyle(glyphs: glyphs, contrast: .reverseVideo) }
        return QRPrintStyle(glyphs: glyphs, contrast: .blackOnWhite)
    }

    /// True when the character type the environment names (LC_ALL, else LC_CTYPE, else LANG) is UTF-8.
    public static func localeIsUTF8(_ environment: [String: String]) -> Bool {
        LocaleName.characterTypeIsUTF8(environment)
    }
}
