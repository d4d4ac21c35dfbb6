import Foundation
import OptOutTestSupport
import Testing

/// The full screen's form keys in a real terminal, for the binary `swift test` built and the release
/// build `make install` installs: Enter never answers a question by itself, q closes the help, and
/// starting over asks first and keeps the old file.
@Suite(
    "Form keys in tmux", .ownThreads,
    .enabled(if: tmuxPath != nil || inCI, "tmux is not installed (with CI set, this is a failure instead)"))
struct FormKeysInTmuxTests {
    func pane(_ build: BuildUnderTest) throws -> TmuxPane {
        try TmuxPane(tmux: try #require(tmuxPath, "tmux is required for these tests when CI is set"), binary: try build.path())
    }

    /// "Step 3 of 12" for a step id: numbers come from the guide.
    func step(_ id: String) -> String { "Step \((guide.index(ofStep: id) ?? -1) + 1) of \(guide.steps.count)" }

    @Test(arguments: BuildUnderTest.allCases)
    func enterOnAnUnansweredQuestionChoosesNothingAndQClosesTheHelp(build: BuildUnderTest) throws {
        let pane = try pane(build)
        defer { pane.close() }
        try pane.startOptout()
        try pane.waitFor(step("about"))
        try pane.keys("Enter")
        try pane.waitFor(step("platform"))
        try pane.keys("Enter")
        try pane.waitFor("Select an answer first")
        #expect(try pane.screen().contains(step("platform")), "Enter chose an answer nobody picked")
        try pane.keys("?")
        try pane.waitFor("Esc close help")
        try pane.keys("q")
        try pane.waitFor("Which will you use?")
        #expect(try pane.screen().contains(step("platform")), "q in the help quit optout instead of closing the help")
        try pane.keys("Down", "Enter")
        try pane.waitFor(step("linkedin-language"))
        try pane.keys("q")
        #expect(try pane.exitStatus() == 1)
        let saved = try String(contentsOfFile: pane.stateFile, encoding: .utf8)
        #expect(saved.contains("\"platform\" : \"web\""))
    }

    @Test(arguments: BuildUnderTest.allCases)
    func startingOverFromTheResumeScreenAsksAndKeepsTheOldFile(build: BuildUnderTest) throws {
        let pane = try pane(build)
        defer { pane.close() }
        try pane.startOptout()
        try pane.waitFor(step("about"))
        try pane.keys("n")
        try pane.type("keep me")
        try pane.keys("Enter", "Enter")
        try pane.waitFor(step("platform"))
        try pane.keys("q")
        _ = try pane.exitStatus()
        try pane.restartOptout()
        try pane.waitFor("Welcome back.")
        try pane.keys("2")  // selects; Enter does it
        try pane.waitFor("› 2. Start over")
        #expect(!(try pane.screen().contains("y or yes")), "a number started over before Enter")
        try pane.keys("Enter")
        try pane.waitFor("y or yes")
        try pane.type("yes")
        try pane.keys("Enter")
        try pane.waitFor("Your earlier progress file is kept as")
        try pane.keys("q")
        #expect(try pane.exitStatus() == 1)
        let folder = (pane.stateFile as NSString).deletingLastPathComponent
        let backups = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.contains(".backup-") }
        #expect(backups.count == 1)
        let backup = try String(contentsOfFile: folder + "/" + (backups.first ?? ""), encoding: .utf8)
        #expect(backup.contains("keep me"), "the backup holds the note")
    }
}
