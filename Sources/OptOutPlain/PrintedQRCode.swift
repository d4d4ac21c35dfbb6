import OptOutCore
import QRCode

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
            // Translators: said instead of a QR code; C.UTF-8 is a locale's name and stays as it is.
            reason = tr("This terminal cannot show a QR code: it needs UTF-8 (a locale such as C.UTF-8) or colours.")
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
