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
        let name = ["LC_ALL", "LC_CTYPE", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty } ?? "C"
        let upper = name.uppercased()
        return upper.contains("UTF-8") || upper.contains("UTF8")
    }
}

/// A link printed as a QR code, with the URL under it; or, where no code can be shown, the
/// reason and the URL.
public struct PrintedQRCode: Sendable {
    /// The code's lines (with the style's attributes); empty when there is no code.
    public let code: [String]
    /// Why there is no code (the locale and the output cannot show one, or the link is too long).
    public let reason: String?
    /// The URL, terminal-safe.
    public let url: String
    /// Columns the code takes; 0 when there is none.
    public let columns: Int

    public init(_ link: GuideLink, style: QRPrintStyle, errorCorrection: QRCode.ErrorCorrection = .medium) {
        url = TerminalSafeText.sanitize(link.url)
        var code: [String] = [], reason: String?, columns = 0
        if !QRTextDrawing.isScannable(glyphs: style.glyphs, contrast: style.contrast) {
            reason = QRTextDrawing.cannotShow
        } else {
            do {
                let drawing = QRTextDrawing(code: try QRCode(text: link.url, errorCorrection: errorCorrection), glyphs: style.glyphs)
                code = style.contrast.terminalLines(drawing)
                columns = drawing.columns
            } catch {
                reason = error.description
            }
        }
        self.code = code
        self.reason = reason
        self.columns = columns
    }

    /// Everything, one line after another: the code or the reason, then the URL.
    public var text: String { (code + (reason.map { [$0] } ?? []) + [url]).joined(separator: "\n") + "\n" }
}
