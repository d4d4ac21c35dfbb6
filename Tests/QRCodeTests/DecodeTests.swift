import Foundation
import OptOutCore
import OptOutTestSupport
import QRCode
import Testing

/// The drawings read back by a real decoder (zbarimg), as each contrast looks on a dark and a light
/// terminal theme.
@Suite(.ownThreadsLong, .enabled(if: ZBar.path != nil || inCI, "needs zbarimg (apt-get install zbar-tools)"))
struct DecodeTests {
    static let links = Set(Guide.linkedInAITraining.steps.compactMap { $0.link?.url }).sorted()
    static let longURL = "https://www.linkedin.com/help/linkedin/answer/a5538339?lang=en&trk=" + String(repeating: "ai-training-opt-out-", count: 47)

    /// The picture of a drawing with a contrast, on a theme: what the terminal shows.
    static func picture(_ drawing: QRTextDrawing, _ contrast: QRContrast, on theme: TerminalTheme) -> TerminalPicture {
        TerminalPicture(ansi: contrast.terminalLines(drawing).joined(separator: "\n"), theme: theme)
    }

    /// One test case per link, so they run side by side.
    @Test(arguments: links + [longURL])
    func halfBlocksInEveryContrastOnEveryTheme(url: String) throws {
        var decoded = 0
        let code = try QRCode(text: url)
        for scale in [1, 2] {
            let drawing = QRTextDrawing(code: code, glyphs: .halfBlocks, scale: scale)
            for theme in TerminalTheme.both {
                // Black on white is dark on light on any theme.
                #expect(try ZBar.decode(Self.picture(drawing, .blackOnWhite, on: theme)) == [url],
                        "black on white ×\(scale), \(theme): \(url.prefix(60))")
                // Reverse video is dark on light where the theme is dark; on a light theme the
                // code comes out light on dark, which readers that try inverted codes still read.
                let reversed = Self.picture(drawing, .reverseVideo, on: theme)
                #expect(try ZBar.decode(reversed, inverted: theme.background > theme.foreground) == [url],
                        "reverse video ×\(scale), \(theme): \(url.prefix(60))")
                decoded += 2
            }
            // No attributes (output to a file or a pipe): pasted into a document, dark on white.
            #expect(try ZBar.decode(TerminalPicture(text: drawing.lines.joined(separator: "\n"), theme: .light)) == [url],
                    "plain text ×\(scale): \(url.prefix(60))")
            decoded += 1
        }
        print("[qr figure] half-block drawings of \(url.prefix(50)): \(decoded) pictures decoded by zbarimg")
    }

    @Test func twoColumnsInColourOnEveryTheme() throws {
        // Without UTF-8: `##` on black, spaces on white.
        #expect(QRTextDrawing.isScannable(glyphs: .twoColumns, contrast: .blackOnWhite))
        #expect(!QRTextDrawing.isScannable(glyphs: .twoColumns, contrast: .reverseVideo))
        #expect(!QRTextDrawing.isScannable(glyphs: .twoColumns, contrast: .none))
        var decoded = 0
        for url in Self.links + [Self.longURL] {
            let drawing = QRTextDrawing(code: try QRCode(text: url), glyphs: .twoColumns)
            for theme in TerminalTheme.both {
                #expect(try ZBar.decode(Self.picture(drawing, .blackOnWhite, on: theme)) == [url], "\(theme): \(url.prefix(60))")
                decoded += 1
            }
        }
        print("[qr figure] two-column drawings: \(decoded) pictures decoded by zbarimg")
    }

    @Test func aReversedCodeOnALightThemeIsLightOnDark() throws {
        // What the test above accepts for reverse video on a light theme, shown to be so: a reader
        // that does not try inverted codes finds nothing.
        let url = Self.links[0]
        let drawing = QRTextDrawing(code: try QRCode(text: url))
        #expect(try ZBar.decode(Self.picture(drawing, .reverseVideo, on: .light)) == [])
        #expect(try ZBar.decode(Self.picture(drawing, .reverseVideo, on: .dark)) == [url])
    }

    @Test func randomContentsDecodeFromTheirDrawings() throws {
        // Texts of many kinds at every level: what the drawing carries is the text, byte for byte.
        var random = SeededGenerator(seed: 0xD_ECDE)
        let alphabet = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~/?#@!$&'()*+,;=%")
        var count = 0
        for index in 0..<24 {
            let length = [5, 40, 90, 200, 400, 700][index % 6]
            let url = "https://example.org/" + String((0..<length).map { _ in alphabet.randomElement(using: &random)! })
            let level = QRCode.ErrorCorrection.allCases[index % 4]
            let drawing = QRTextDrawing(code: try QRCode(text: url, errorCorrection: level))
            #expect(try ZBar.decode(Self.picture(drawing, .blackOnWhite, on: .dark)) == [url], "case \(index) at \(level)")
            count += 1
        }
        print("[qr figure] random URLs: \(count) drawings decoded by zbarimg")
    }
}
