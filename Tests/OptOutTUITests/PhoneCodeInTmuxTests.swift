import Foundation
import OptOutCore
import OptOutTestSupport
import Testing

/// `p` in a real terminal: the debug build and the installed release build inside tmux, the code
/// read back by zbarimg from what tmux captures.
@Suite(
    "The QR code in tmux", .ownThreads,
    .enabled(if: (tmuxPath != nil && ZBar.path != nil) || inCI, "needs tmux and zbarimg (with CI set, a failure instead)"))
struct PhoneCodeInTmuxTests {
    static let guide = Guide.linkedInAITraining
    static let settingIndex = guide.steps.firstIndex { $0.id == "open-genai-setting" }!
    static var settingURL: String { guide.steps[settingIndex].link!.url }
    static func position(_ index: Int) -> String { "Step \(index + 1) of \(guide.steps.count)" }

    func pane(_ build: BuildUnderTest) throws -> TmuxPane {
        let tmux = try #require(tmuxPath, "tmux is required for these tests when CI is set")
        return try TmuxPane(tmux: tmux, binary: try build.path())
    }

    /// Answers every step before the setting's (choices with their first answer) and waits for it.
    func walkToTheSetting(_ pane: TmuxPane) throws {
        for index in 0..<Self.settingIndex {
            try pane.waitFor(Self.position(index))
            if Self.guide.steps[index].choice != nil { try pane.keys("1") }  // a number selects, Enter chooses
            try pane.keys("Enter")
        }
        try pane.waitFor(Self.position(Self.settingIndex))
    }

    @Test("p at 80x24 shows a code that decodes from the captured text; Esc goes back", arguments: BuildUnderTest.allCases)
    func decodesFromTheCapture(build: BuildUnderTest) throws {
        let pane = try pane(build)
        defer { pane.close() }
        try pane.startOptout()
        try walkToTheSetting(pane)
        try pane.keys("p")
        let screen = try pane.waitFor("the code with its URL") { $0.contains(Self.settingURL) && $0.contains("Esc back") }
        #expect(screen.contains("Esc back"))
        // What a text capture (or a copy and paste) keeps: the characters, pasted dark on white.
        #expect(try ZBar.decode(TerminalPicture(text: screen, theme: .light)) == [Self.settingURL], "\(build): plain capture")
        // As the terminal shows it, with its colours. tmux reports no cells that curses erased
        // with ECH (a real terminal paints them in the background colour, white here), so only
        // the light theme, where such cells look the same, is judged from this capture; the
        // pure view's tests judge both themes.
        let attributed = try pane.screenWithAttributes(trailingSpaces: true)
        #expect(attributed.contains("\u{1B}[30m\u{1B}[47m") || attributed.contains("\u{1B}[30;47m"), "no black on white")
        #expect(try ZBar.decode(TerminalPicture(ansi: attributed, theme: .light)) == [Self.settingURL], "\(build): colours")
        try pane.keys("Escape")
        let step = try pane.waitFor("the step again") { $0.contains(Self.position(Self.settingIndex)) && $0.contains("p phone") }
        #expect(!step.contains("Scan with your phone"))
        try pane.keys("p")
        try pane.waitFor("Scan with your phone")
        try pane.keys("Enter")
        try pane.waitFor("the step after Enter") { $0.contains("p phone") && !$0.contains("Scan with your phone") }
        // Enter closed the code; it did not mark the step done.
        try pane.keys("q")
        #expect(try pane.exitStatus() == 1)
        let status = try pane.optout(["status", "--json"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(status.output.utf8)) as? [String: Any])
        #expect(json["current"] as? String == "open-genai-setting")
    }

    @Test("at 40x12 the needs line appears, and Esc brings the step back", arguments: BuildUnderTest.allCases)
    func needsAtFortyByTwelve(build: BuildUnderTest) throws {
        let pane = try pane(build)
        defer { pane.close() }
        try pane.startOptout()
        try walkToTheSetting(pane)
        try pane.tmux(["resize-window", "-t", "main", "-x", "40", "-y", "12"])
        try pane.waitFor("the 40x12 layout") { screen in
            screen.contains(Self.position(Self.settingIndex)) && screen.split(separator: "\n").allSatisfy { $0.count <= 40 }
        }
        try pane.keys("p")
        let small = try pane.waitFor("The QR code needs")
        #expect(small.contains("needs 41×25"))
        #expect(!small.contains("█"))
        try pane.keys("Escape")
        try pane.waitFor("the step at 40x12") { $0.contains(Self.position(Self.settingIndex)) && !$0.contains("needs") }
        // Made larger, the same key shows the code.
        try pane.tmux(["resize-window", "-t", "main", "-x", "80", "-y", "24"])
        try pane.waitFor("the 80x24 layout") { $0.contains("Menu path") }
        try pane.keys("p")
        let code = try pane.waitFor("the code") { $0.contains(Self.settingURL) && $0.contains("Esc back") }
        #expect(try ZBar.decode(TerminalPicture(text: code, theme: .light)) == [Self.settingURL])
        try pane.keys("q")
        #expect(try pane.exitStatus() == 1)
    }

    @Test("with NO_COLOR the code is drawn in reverse video and decodes on a dark theme")
    func noColour() throws {
        let pane = try pane(.built)
        defer { pane.close() }
        try pane.start(["sh", "-c", "NO_COLOR=1 exec \"$0\"", pane.binary])
        try walkToTheSetting(pane)
        try pane.keys("p")
        try pane.waitFor("the code") { $0.contains(Self.settingURL) && $0.contains("Esc back") }
        let attributed = try pane.screenWithAttributes(trailingSpaces: true)
        #expect(!attributed.contains("\u{1B}[30m") && !attributed.contains("\u{1B}[47m"), "colour despite NO_COLOR")
        #expect(try ZBar.decode(TerminalPicture(ansi: attributed, theme: .dark)) == [Self.settingURL])
        // On a light theme reverse video is light on dark: only an inverted reading finds it.
        #expect(try ZBar.decode(TerminalPicture(ansi: attributed, theme: .light), inverted: true) == [Self.settingURL])
        try pane.keys("q")
    }
}
