import Foundation
import OptOutCore
import OptOutTestSupport
import QRCode
import Testing
@testable import OptOutPlain

/// Plain mode's `p` and the style printed QR codes take.
@Suite("Plain mode: the link as a QR code", .ownThreads)
struct PhoneAnswerTests {
    static let guide = Guide.linkedInAITraining
    static let settingIndex = guide.steps.firstIndex { $0.id == "open-genai-setting" }!

    /// The answers that reach the step at `index` (choices take their first answer).
    static func answers(reaching index: Int) -> [String] {
        guide.steps[..<index].map { $0.choice == nil ? "d" : "1" }
    }

    static func run(_ lines: [String], style: QRPrintStyle = .plainText) -> String {
        let start = Date(timeIntervalSince1970: 1_796_000_000)
        let session = WalkthroughSession(state: .begin(guide: guide, saved: nil, now: start), saver: MemorySaver(), clock: { start }, zone: .utc, frontEnd: .plain)
        var output = ""
        _ = PlainMode(session: session, input: ScriptedLines(lines), context: RunContext(statePath: "/tmp/p.json", startedAt: t0, zone: .utc),
                      qrStyle: style, write: { output += $0 }).run()
        return output
    }

    @Test func pPrintsTheCodeForTheStepsLinkAndTheStepStays() throws {
        let url = try #require(Self.guide.steps[Self.settingIndex].link?.url)
        let output = Self.run(Self.answers(reaching: Self.settingIndex) + ["p", "q"])
        let after = try #require(output.components(separatedBy: "Scan this code with your phone to open Data for Generative AI Improvement:\n").last)
        let lines = after.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // 21 rows of half blocks, then the URL, then the same prompt again (the step did not change).
        #expect(lines[0..<21].allSatisfy { $0.count == 41 && Set($0).isSubset(of: [" ", "▀", "▄", "█"]) })
        #expect(lines[21] == url)
        #expect(lines[22].hasPrefix("Answer: d done"))
        #expect(!after.contains("Step 7 of"))
        if ZBar.path != nil || inCI {
            #expect(try ZBar.decode(TerminalPicture(text: lines[0..<21].joined(separator: "\n"), theme: .light)) == [url])
        }
    }

    @Test func theAnswerIsListedOnlyWhereThereIsALink() {
        let output = Self.run(Self.answers(reaching: Self.settingIndex) + ["?", "q"])
        #expect(output.contains("p QR code, x screen differs"))
        #expect(output.contains("  p, phone: print the step's link as a QR code, to scan with your phone"))
        let first = Self.run(["p", "q"])
        #expect(first.contains("\"p\" does not apply to this step."))
        #expect(!first.contains("p QR code"))
        #expect(!first.contains("█"))
        #expect(PlainAnswer.parse("phone") == .phone)
        #expect(PlainAnswer.parse("P") == .phone)
        #expect(PlainAnswer.parse("p now") == .unknown("p now"))
    }

    @Test func colourOnATerminalAndNoneElsewhere() {
        let utf8 = ["LANG": "en_GB.UTF-8", "TERM": "xterm-256color"]
        #expect(QRPrintStyle.choose(environment: utf8, outputIsTerminal: true) == QRPrintStyle(glyphs: .halfBlocks, contrast: .blackOnWhite))
        #expect(QRPrintStyle.choose(environment: utf8, outputIsTerminal: false) == .plainText)
        #expect(QRPrintStyle.choose(environment: utf8.merging(["NO_COLOR": "1"]) { $1 }, outputIsTerminal: true)
            == QRPrintStyle(glyphs: .halfBlocks, contrast: .reverseVideo))
        #expect(QRPrintStyle.choose(environment: utf8.merging(["NO_COLOR": ""]) { $1 }, outputIsTerminal: true).contrast == .blackOnWhite)
        #expect(QRPrintStyle.choose(environment: ["LANG": "C.UTF-8", "TERM": "dumb"], outputIsTerminal: true) == .plainText)
        // The locale: LC_ALL, then LC_CTYPE, then LANG; unset is the C locale.
        #expect(QRPrintStyle.localeIsUTF8(["LANG": "C.utf8"]))
        #expect(!QRPrintStyle.localeIsUTF8(["LC_ALL": "C", "LANG": "C.UTF-8"]))
        #expect(QRPrintStyle.localeIsUTF8(["LC_ALL": "", "LC_CTYPE": "de_DE.UTF-8", "LANG": "C"]))
        #expect(!QRPrintStyle.localeIsUTF8([:]))
        #expect(QRPrintStyle.choose(environment: ["TERM": "xterm"], outputIsTerminal: true) == QRPrintStyle(glyphs: .twoColumns, contrast: .blackOnWhite))
    }

    @Test func whereNoCodeCanBeShownTheReasonAndTheLink() throws {
        let link = try #require(Self.guide.steps[Self.settingIndex].link)
        let ascii = PrintedQRCode(link, style: QRPrintStyle(glyphs: .twoColumns, contrast: .none))
        #expect(ascii.code.isEmpty && ascii.reason == QRTextDrawing.cannotShow)
        #expect(ascii.text == QRTextDrawing.cannotShow + "\n" + link.url + "\n")
        let long = PrintedQRCode(GuideLink(label: "x", url: "https://example.com/" + String(repeating: "a", count: 2400)), style: .plainText)
        #expect(long.reason?.hasPrefix("This link is too long for a QR code: it has 2420 bytes") == true)
        // Two columns in colour: a code.
        let coloured = PrintedQRCode(link, style: QRPrintStyle(glyphs: .twoColumns, contrast: .blackOnWhite))
        #expect(coloured.reason == nil && coloured.columns == 82)
        // Control characters in a guide file's URL are shown, not obeyed.
        let hostile = PrintedQRCode(GuideLink(label: "x", url: "https://example.com/\u{1B}[2J"), style: .plainText)
        #expect(!hostile.url.contains("\u{1B}"))
    }
}
