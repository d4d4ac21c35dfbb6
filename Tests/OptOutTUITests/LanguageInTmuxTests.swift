import Foundation
import OptOutCore
import OptOutTestSupport
import Testing

/// The full screen in a real terminal, for the binary `swift test` built and the static release build
/// `make install` installs: the language from LANG and --language, and Unicode drawing with a UTF-8
/// locale name whose files are not installed.
@Suite(
    "Languages in tmux", .serialized,
    .enabled(if: tmuxPath != nil || inCI, "tmux is not installed (with CI set, this is a failure instead)"))
struct LanguageInTmuxTests {
    func pane(_ build: BuildUnderTest) throws -> TmuxPane {
        try TmuxPane(tmux: try #require(tmuxPath, "tmux is required for these tests when CI is set"), binary: try build.path())
    }

    /// "Step 1 of 12" as the header says it under LANG=de_DE (in German).
    static func germanStep(_ number: Int) -> String {
        InterfaceLanguage.$current.withValue(.language(.de)) {
            tr("Step {number} of {count}", ["number": String(number), "count": String(guide.steps.count)])
        }
    }
    static var firstStep: String { germanStep(1) }

    /// True when the C library has a German UTF-8 locale installed (then the fallback is not needed).
    static var germanLocaleInstalled: Bool {
        ["/usr/lib/locale/de_DE.utf8", "/usr/lib/locale/de_DE.UTF-8"].contains { FileManager.default.fileExists(atPath: $0) }
            || ((try? String(contentsOfFile: "/usr/lib/locale/locale-archive", encoding: .isoLatin1))?.contains("de_DE.utf8") ?? false)
    }

    /// optout's first frame under `setup` (shell text run first), after which it quits with q.
    func firstFrame(_ build: BuildUnderTest, setup: String) throws -> String {
        let pane = try pane(build)
        defer { pane.close() }
        try pane.startRecorded(setup: setup)
        let screen = try pane.waitFor(Self.firstStep)
        try pane.keys("q")
        #expect(try pane.exitStatus() == 1)
        return screen
    }

    @Test(arguments: BuildUnderTest.allCases)
    func aUTF8LocaleWhoseFilesAreMissingStillDrawsUnicode(build: BuildUnderTest) throws {
        let screen = try firstFrame(build, setup: "unset LC_ALL LC_CTYPE; export LANG=de_DE.UTF-8;")
        if !Self.germanLocaleInstalled { print("de_DE.UTF-8 is not installed here: the screen draws through C.UTF-8") }
        #expect(screen.contains("░"), "the progress bar should be drawn with Unicode:\n\(screen)")
    }

    @Test(arguments: BuildUnderTest.allCases)
    func aLocaleThatIsNotUTF8DrawsASCII(build: BuildUnderTest) throws {
        let screen = try firstFrame(build, setup: "unset LC_ALL LC_CTYPE; export LANG=de_DE.ISO-8859-1;")
        #expect(!screen.contains("░") && screen.contains("----------"), "\(screen)")
        #expect(screen.unicodeScalars.allSatisfy { $0.isASCII })
    }

    @Test(arguments: BuildUnderTest.allCases)
    func theResumeOfferSpeaksLangsLanguageAndLanguageOverridesIt(build: BuildUnderTest) throws {
        let pane = try pane(build)
        defer { pane.close() }
        try pane.startRecorded(setup: "unset LC_ALL LC_CTYPE LANGUAGE; export LANG=de_DE.UTF-8;")
        try pane.waitFor(Self.firstStep)
        try pane.keys("Enter")
        try pane.waitFor(Self.germanStep(2))
        try pane.keys("q")
        #expect(try pane.exitStatus() == 1)
        let saved = try Data(contentsOf: URL(fileURLWithPath: pane.stateFile))
        pane.close()

        let german = try self.pane(build)
        defer { german.close() }
        // The same progress: each pane has its own folder and progress file.
        try saved.write(to: URL(fileURLWithPath: german.stateFile))
        try german.startRecorded(setup: "unset LC_ALL LC_CTYPE LANGUAGE; export LANG=de_DE.UTF-8;")
        try german.waitFor("1. Dort weitermachen, wo Sie aufgehört haben")
        try german.waitFor("3. Beenden")
        try german.keys("q")
        #expect(try german.exitStatus() == 1)

        let french = try self.pane(build)
        defer { french.close() }
        try saved.write(to: URL(fileURLWithPath: french.stateFile))
        try french.startRecorded(arguments: ["--language", "fr"], setup: "unset LC_ALL LC_CTYPE LANGUAGE; export LANG=de_DE.UTF-8;")
        try french.waitFor("1. Reprendre là où vous en étiez")
        try french.keys("q")
        #expect(try french.exitStatus() == 1)
    }
}
