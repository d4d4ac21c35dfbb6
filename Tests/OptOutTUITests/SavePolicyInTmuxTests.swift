import Foundation
import OptOutCore
import OptOutTestSupport
import OptOutTUI
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Nothing typed is lost, and nothing is said to be saved that was not: the save policy in a real
/// terminal, on the built binary and on the release binary `make install` installs.
extension FullScreenInTmuxTests {
    /// The progress file as JSON.
    func progressFile(_ pane: TmuxPane) throws -> [String: Any] {
        let data = try Data(contentsOf: URL(fileURLWithPath: pane.stateFile))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    func savedRecord(_ pane: TmuxPane, _ id: String) throws -> [String: Any] {
        let steps = try #require(try progressFile(pane)["steps"] as? [[String: Any]])
        return try #require(steps.first { $0["id"] as? String == id })
    }

    @Test("Ctrl-C while a note is typed saves the note as it stands, says so, and exits 130",
          arguments: BuildUnderTest.allCases)
    func ctrlCKeepsATypedNote(build: BuildUnderTest) throws {
        let pane = try recordedPane(build)
        defer { pane.close() }
        try pane.keys("n")
        try pane.waitFor("Your note for this step")
        try pane.type("important note, half typed")
        try pane.waitFor("important note, half typed")
        _ = try pane.signalRecorded(SIGINT)
        try expectHandedBack(pane, statuses: ["130"])
        #expect(try pane.flatScreen(history: true).contains("Your note is saved as you typed it."))
        #expect(try pane.flatScreen(history: true).contains("Progress saved to"))
        #expect(try savedRecord(pane, Self.steps[0].id)["note"] as? String == "important note, half typed")
    }

    @Test("SIGTERM while the sent form is filled in keeps the day and the reference, not marked sent",
          arguments: BuildUnderTest.allCases)
    func termKeepsAnUnfinishedForm(build: BuildUnderTest) throws {
        // Straight to the form step: the answers before it given on a plain run first.
        let pane = try pane(build)
        defer { pane.close() }
        let toTheForm = "d\n1\n1\n1\nd\nd\nd\nd\nd\nq\n"
        let seeded = try Runner.shell(
            "printf '\(toTheForm.replacingOccurrences(of: "\n", with: "\\n"))' | OPTOUT_STATE_FILE='\(pane.stateFile)' '\(pane.binary)' --plain >/dev/null; echo $?")
        #expect(seeded.trimmingCharacters(in: .whitespacesAndNewlines) == "1")
        try pane.startRecorded()
        try pane.waitFor("Resume where you stopped")
        try pane.keys("Enter")
        try pane.waitFor(Self.stepLine(Self.number(of: "objection-form")))
        try pane.keys("m")
        try pane.waitFor("The day you sent it")
        try pane.type("2026-11-28")
        try pane.keys("Enter")
        try pane.waitFor("if you have it")
        try pane.type("LinkedIn case 12345-ABC")
        try pane.waitFor("LinkedIn case 12345-ABC")
        _ = try pane.signalRecorded(SIGTERM)
        try expectHandedBack(pane, statuses: ["143"])
        #expect(try pane.flatScreen(history: true).contains("What you were typing is kept, not yet recorded"))
        let record = try savedRecord(pane, "objection-form")
        #expect(record["status"] as? String == "pending", "nothing is claimed: the form is not recorded as sent")
        #expect(record["sentOn"] == nil)
        let unfinished = try #require(record["unfinished"] as? [String: Any])
        #expect(unfinished["kind"] as? String == "sent")
        #expect(unfinished["fields"] as? [String: String] == ["day": "2026-11-28", "reference": "LinkedIn case 12345-ABC"])
    }

    @Test("A save that fails: NOT SAVED in the header, q stays, Ctrl-C tries once more and exits 3",
          arguments: BuildUnderTest.allCases)
    func aFailingSaveIsNeverCalledSaved(build: BuildUnderTest) throws {
        let pane = try recordedPane(build)
        defer { pane.close() }
        try pane.keys("Enter")
        try pane.waitFor(Self.stepLine(2))
        // The progress file becomes a folder: every save from now on fails.
        try FileManager.default.removeItem(atPath: pane.stateFile)
        try FileManager.default.createDirectory(atPath: pane.stateFile, withIntermediateDirectories: false)
        try pane.keys("1", "Enter")
        try pane.waitFor("NOT saved: it is a folder, not a file")
        let screen = try pane.waitForSettled("the header's mark") { $0.contains("NOT SAVED") }
        #expect(screen.split(separator: "\n").first?.contains("NOT SAVED") == true, "\(screen)")
        #expect(Self.words(screen).contains("Ctrl-C tries once more, then quits."), "the way out is on the screen: \(screen)")
        try pane.keys("q")
        try pane.waitFor("Still NOT saved")
        _ = try pane.signalRecorded(SIGINT)
        try expectHandedBack(pane, statuses: ["3"])
        let history = try pane.flatScreen(history: true)
        #expect(history.contains("your last change was NOT saved"))
        #expect(!history.contains("Progress saved to"))
    }

    static func words(_ text: String) -> String { text.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
}
