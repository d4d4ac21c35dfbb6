import Foundation
import OptOutTestSupport
import Testing

/// Typing as people do, in a real terminal (tmux), on the built binary and on the release binary:
/// type-ahead on questions, the line keys of a field, a window made too small mid-sentence, and
/// pastes from a terminal that does not mark them.
extension FullScreenInTmuxTests {
    /// The answers to the questions, as the progress file holds them.
    func savedAnswers(_ pane: TmuxPane) throws -> [String: String] {
        let data = try Data(contentsOf: URL(fileURLWithPath: pane.stateFile))
        let progress = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        return progress["answers"] as? [String: String] ?? [:]
    }

    @Test("type-ahead: a number then Enter answers each question once; the step after them is never marked done",
          arguments: BuildUnderTest.allCases)
    func numberThenEnter(build: BuildUnderTest) throws {
        let pane = try recordedPane(build)
        defer { pane.close() }
        try pane.keys("Enter")
        try pane.waitFor(Self.stepLine(2))
        // The habit plain mode teaches ("1", Enter), typed without waiting for the screen.
        for _ in 0..<3 {
            try pane.keys("1")
            try pane.keys("Enter")
        }
        let signIn = Self.stepLine(Self.number(of: "sign-in"))
        try pane.waitForSettled("the sign-in step") { $0.contains(signIn) && $0.contains("q quit") }
        try pane.keys("q")
        try expectHandedBack(pane, statuses: ["1"])
        #expect(try statusJSON(pane)["current"] as? String == "sign-in")
        #expect(try savedAnswers(pane) == ["platform": "web", "linkedInLanguage": "en", "region": "eu-eea"])
        #expect(try stepRecord(pane, "sign-in")["status"] as? String == "pending", "a step the member never saw was marked done")
    }

    @Test("a number selects an answer without going on, the footer says Enter chooses it, and Enter does")
    func numberSelects() throws {
        let pane = try pane(.built)
        defer { pane.close() }
        try pane.startOptout()
        try pane.waitFor(Self.stepLine(1))
        try pane.keys("Enter")
        try pane.waitFor(Self.stepLine(2))
        try pane.keys("2")
        let selected = try pane.waitFor("the app selected") { $0.contains("› 2. LinkedIn mobile app") }
        #expect(selected.contains(Self.stepLine(2)), "a number went on to the next step")
        #expect(selected.contains("1-9 select") && selected.contains("Enter choose"))
        try pane.keys("Enter")
        try pane.waitFor(Self.stepLine(3))
        try pane.keys("q")
        #expect(try pane.exitStatus() == 1)
        #expect(try savedAnswers(pane)["platform"] == "app")
    }

    @Test("Ctrl-U, Ctrl-W and Ctrl-K erase in a field, as in a shell", arguments: BuildUnderTest.allCases)
    func lineKeys(build: BuildUnderTest) throws {
        let pane = try recordedPane(build)
        defer { pane.close() }
        try pane.keys("n")
        try pane.waitFor("Your note for this step")
        try pane.type("2026-13-01")
        try pane.waitFor("> 2026-13-01")
        try pane.keys("C-u")
        try pane.type("2026-12-01 ref TS-1")
        try pane.waitFor("> 2026-12-01 ref TS-1")
        try pane.keys("C-w")
        try pane.waitFor("the word erased") { $0.contains("> 2026-12-01 ref") && !$0.contains("TS-1") }
        try pane.keys("Home")
        for _ in 0..<10 { try pane.keys("Right") }
        try pane.keys("C-k")
        try pane.type("!")
        try pane.waitFor("the end erased") { $0.contains("> 2026-12-01!") && !$0.contains("ref") }
        try pane.keys("Enter")
        try pane.waitFor("Note saved.")
        try pane.keys("q")
        try expectHandedBack(pane, statuses: ["1"])
        #expect(try stepRecord(pane, Self.steps[0].id)["note"] as? String == "2026-12-01!")
    }

    @Test("too small: what is typed into an open field is kept; the notice is readable at 10x4; q still quits",
          arguments: BuildUnderTest.allCases)
    func typingWhileTooSmall(build: BuildUnderTest) throws {
        let pane = try recordedPane(build)
        defer { pane.close() }
        try pane.keys("n")
        try pane.waitFor("Your note for this step")
        try pane.type("Jürgen")
        try pane.waitFor("> Jürgen")
        try pane.tmux(["resize-window", "-t", "main", "-x", "10", "-y", "4"])
        let tiny = try pane.waitFor("the notice at 10x4") { $0.contains("Too small") }
        #expect(tiny.contains("40×12"))
        try pane.type(" Müller")
        try pane.waitFor("the typing at 10x4") { $0.contains("Müller") }
        try pane.tmux(["resize-window", "-t", "main", "-x", "80", "-y", "24"])
        try pane.waitFor("the field back whole") { $0.contains("> Jürgen Müller") && $0.contains("Your note for this step") }
        try pane.keys("Enter")
        try pane.waitFor("Note saved.")
        // With no field open, q quits at 10x4 too.
        try pane.tmux(["resize-window", "-t", "main", "-x", "10", "-y", "4"])
        try pane.waitFor("the notice again") { $0.contains("Too small") }
        try pane.keys("q")
        try expectHandedBack(pane, statuses: ["1"])
        #expect(try stepRecord(pane, Self.steps[0].id)["note"] as? String == "Jürgen Müller")
    }

    @Test("too small: Ctrl-C still saves and quits", arguments: BuildUnderTest.allCases)
    func ctrlCWhileTooSmall(build: BuildUnderTest) throws {
        // The recording shell catches Ctrl-C (so it lives on to record); optout starts with default actions.
        let pane = try recordedPane(build, setup: "trap : INT QUIT;")
        defer { pane.close() }
        try pane.keys("Enter")
        try pane.waitFor(Self.stepLine(2))
        try pane.tmux(["resize-window", "-t", "main", "-x", "10", "-y", "4"])
        try pane.waitFor("the notice") { $0.contains("Too small") }
        try pane.keys("C-c")
        try expectHandedBack(pane, statuses: ["130"])
        #expect(try statusJSON(pane)["current"] as? String == Self.steps[1].id)
    }

    @Test("an unmarked paste goes into the open field as one line; its second line runs nothing",
          arguments: BuildUnderTest.allCases)
    func unmarkedPasteIntoANote(build: BuildUnderTest) throws {
        let pane = try recordedPane(build)
        defer { pane.close() }
        try pane.keys("n")
        try pane.waitFor("Your note for this step")
        try pane.pasteUnmarked("first line of my note\nsecond line")
        let screen = try pane.waitFor("the paste in the field") { $0.contains("> first line of my note second line") }
        #expect(screen.contains(Self.stepLine(1)))
        try pane.keys("Enter")
        #expect(try pane.waitFor("Note saved.").contains(Self.stepLine(1)))
        try pane.keys("q")
        try expectHandedBack(pane, statuses: ["1"])
        let record = try stepRecord(pane, Self.steps[0].id)
        #expect(record["note"] as? String == "first line of my note second line")
        #expect(record["status"] as? String == "pending")
        #expect(!(record["reason"] is String), "a reason was typed from the paste's second line")
    }

    @Test("an unmarked paste with no field open does nothing; keys typed after it work", arguments: BuildUnderTest.allCases)
    func unmarkedPasteOnAStep(build: BuildUnderTest) throws {
        let pane = try recordedPane(build)
        defer { pane.close() }
        try pane.pasteUnmarked("s later\nq\n")
        usleep(300_000)  // past the pause that ends the paste
        try pane.keys("?")
        try pane.waitFor("the help") { $0.contains("Esc close help") }
        try pane.keys("Escape")
        try pane.keys("q")
        try expectHandedBack(pane, statuses: ["1"])
        #expect(try stepRecord(pane, Self.steps[0].id)["status"] as? String == "pending")
        #expect(try statusJSON(pane)["current"] as? String == Self.steps[0].id)
    }
}
