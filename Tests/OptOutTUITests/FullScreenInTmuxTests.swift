import Foundation
import OptOutTestSupport
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// End to end in a real terminal: the built binary inside tmux. With CI set these fail, never
/// skip, when tmux is missing.
@Suite(
    "Full screen in tmux", .ownThreads,
    .enabled(if: tmuxPath != nil || inCI, "tmux is not installed (with CI set, this is a failure instead)"))
struct FullScreenInTmuxTests {
    /// "Step 3 of 12" for a step id: numbers come from the guide.
    func step(_ id: String) -> String { "Step \((guide.index(ofStep: id) ?? -1) + 1) of \(guide.steps.count)" }
    var total: Int { guide.steps.count }

    func pane() throws -> TmuxPane {
        let tmux = try #require(tmuxPath, "tmux is required for these tests when CI is set")
        #expect(FileManager.default.isExecutableFile(atPath: OptOutBinary.built), "no optout binary at \(OptOutBinary.built)")
        return try TmuxPane(tmux: tmux)
    }

    @Test("a whole walkthrough ends with the summary in the scrollback")
    func wholeWalkthrough() throws {
        let pane = try pane()
        defer { pane.close() }
        try pane.startOptout()
        try pane.waitFor(step("about"))
        try pane.keys("Enter")
        try pane.waitFor(step("platform"))
        try pane.keys("1", "Enter")  // a number selects, Enter chooses
        try pane.waitFor(step("linkedin-language"))
        try pane.keys("1", "Enter")  // English
        try pane.waitFor(step("region"))
        try pane.keys("Down", "Down", "Down", "Enter")  // nothing selected at first; the third is the United Kingdom
        for id in guide.steps.map(\.id).drop(while: { $0 != "sign-in" }) {
            try pane.waitFor(step(id))
            try pane.keys("Enter")
            if id == "objection-form" {
                // Enter asks what happened: its confirmation came (Down, Enter), sent today, no reference.
                try pane.waitFor("What happened with the form?")
                try pane.keys("Down", "Enter")
                try pane.waitFor("The day you sent it")
                try pane.keys("Enter")
                try pane.waitFor("if you have it")
                try pane.keys("Enter")
            }
        }
        let history = try pane.waitFor("All done.", history: true)
        #expect(history.contains("Opt out of LinkedIn's AI training: summary"))
        // The summary is wrapped to the terminal: its words are looked for with line breaks as spaces.
        let flat = history.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(flat.contains("Platform: Desktop web browser · LinkedIn language: English · Region: United Kingdom"))
        #expect(history.contains("Complete: \(total) of \(total) steps done."))
        #expect(try pane.exitStatus() == 0)
    }

    @Test("back and skip with a reason")
    func backAndSkip() throws {
        let pane = try pane()
        defer { pane.close() }
        try pane.startOptout()
        try pane.waitFor(step("about"))
        try pane.keys("Enter")
        try pane.waitFor(step("platform"))
        try pane.keys("Left")
        try pane.waitFor(step("about"))
        try pane.keys("Enter")
        try pane.waitFor(step("platform"))
        try pane.keys("2", "Enter")  // mobile app
        try pane.waitFor(step("linkedin-language"))
        try pane.keys("3", "Enter")  // French
        try pane.waitFor(step("region"))
        try pane.keys("6", "Enter")
        try pane.waitFor(step("sign-in"))
        try pane.keys("s")
        try pane.waitFor("Why skip it for now?")
        try pane.type("later")
        try pane.keys("Enter")
        // LinkedIn's labels in French, the English beside them.
        // The previous step's footer also ends in "q quit": the frame is whole once the screen stops changing.
        let french = try pane.waitForSettled("the French step drawn whole") {
            $0.contains(step("open-data-privacy")) && $0.contains("q quit")
        }
        #expect(french.contains("Menu path: Profile picture → Réglages (\"Settings\"; not verified)"))
        #expect(french.contains("→ Confidentialité des données (\"Data privacy\")"))
        #expect(french.contains("2. Tap \"Réglages\" (\"Settings\"; not verified)."))
        try pane.keys("b")
        let back = try pane.waitFor("Recorded: skipped (reason: later)")
        #expect(back.contains(step("sign-in")))
        try pane.keys("q")
        #expect(try pane.exitStatus() == 1)
        let status = try pane.optout(["status", "--json"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(status.output.utf8)) as? [String: Any])
        let steps = try #require(json["steps"] as? [[String: Any]])
        let signIn = try #require(steps.first { $0["id"] as? String == "sign-in" })
        #expect(signIn["status"] as? String == "skipped")
        #expect(signIn["reason"] as? String == "later")
        #expect(json["current"] as? String == "sign-in")
    }

    @Test("a note with non-ASCII text is saved")
    func note() throws {
        let pane = try pane()
        defer { pane.close() }
        try pane.startOptout()
        try pane.waitFor(step("about"))
        try pane.keys("n")
        try pane.waitFor("Your note for this step")
        try pane.type("確認 ✓ café")
        try pane.keys("Enter")
        let screen = try pane.waitFor("Note saved.")
        #expect(screen.contains("Your note: 確認 ✓ café"))
        try pane.keys("q")
        #expect(try pane.exitStatus() == 1)
        let status = try pane.optout(["status", "--json"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(status.output.utf8)) as? [String: Any])
        let steps = try #require(json["steps"] as? [[String: Any]])
        #expect(steps.first?["note"] as? String == "確認 ✓ café")
    }

    @Test("resizing lays the screen out again, down to the too-small line and back")
    func resize() throws {
        let pane = try pane()
        defer { pane.close() }
        try pane.startOptout()
        try pane.waitFor(step("about"))
        try pane.keys("Enter")
        try pane.waitFor(step("platform"))
        try pane.tmux(["resize-window", "-t", "main", "-x", "40", "-y", "12"])
        let small = try pane.waitFor("the 40x12 layout") { screen in
            screen.contains(step("platform")) && screen.split(separator: "\n").allSatisfy { $0.count <= 40 }
                && screen.contains("Enter choose")
        }
        #expect(small.contains("Opt out of Linked…"))
        try pane.tmux(["resize-window", "-t", "main", "-x", "20", "-y", "6"])
        let tiny = try pane.waitFor("40×12 (it is 20×6).")
        #expect(tiny.contains("Please make the"))
        #expect(!tiny.contains("Step 2"))
        try pane.tmux(["resize-window", "-t", "main", "-x", "80", "-y", "24"])
        let whole = try pane.waitForSettled("the 80x24 layout") { $0.contains(step("platform")) && $0.contains("Which will you use?") }
        #expect(!whole.contains("Please make the"))
        try pane.tmux(["resize-window", "-t", "main", "-x", "120", "-y", "40"])
        try pane.waitFor("Checklist: 1/\(total) done")
        try pane.keys("q")
        #expect(try pane.exitStatus() == 1)
        try pane.waitFor("Run `optout` to resume.", history: true)
        let after = try pane.screen()
        #expect(!after.contains("│") && !after.contains("Checklist"), "parts of the full screen were left behind")
    }

    @Test("quit with q, then resume at the same step")
    func quitAndResume() throws {
        let pane = try pane()
        defer { pane.close() }
        try pane.startOptout()
        try pane.waitFor(step("about"))
        try pane.keys("Enter")
        try pane.waitFor(step("platform"))
        try pane.keys("1", "Enter")
        try pane.waitFor(step("linkedin-language"))
        try pane.keys("q")
        let after = try pane.waitFor("Run `optout` to resume.", history: true)
        #expect(after.replacingOccurrences(of: "\n", with: " ").contains("Progress saved to \(pane.stateFile)."))
        #expect(try pane.exitStatus() == 1)

        try pane.restartOptout()
        let resume = try pane.waitFor("Welcome back.")
        // The offer is wrapped to the screen: its words are looked for with line breaks as spaces.
        #expect(resume.split(whereSeparator: \.isWhitespace).joined(separator: " ").contains("Next is step 3, Which language is your LinkedIn in?"))
        try pane.keys("Enter")
        let shown = try pane.waitFor(step("linkedin-language"))
        #expect(shown.contains("Which language is your LinkedIn in?"))
        try pane.keys("q")
        #expect(try pane.exitStatus() == 1)
    }

    @Test("Ctrl-Z suspends and fg brings the whole screen back")
    func suspendAndContinue() throws {
        let pane = try pane()
        defer { pane.close() }
        // An interactive shell gives job control, as at a real prompt.
        try pane.start(["sh", "-i"])
        try pane.waitFor("the shell prompt") { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
        try pane.type("'\(OptOutBinary.built)'")
        try pane.keys("Enter")
        try pane.waitFor(step("about"))
        try pane.keys("Enter")
        // The whole of step 2, drawn to the end: its own footer (not step 1's, which also ends in "q quit"),
        // and no change for a moment.
        let before = try pane.waitForSettled("the whole of step 2") {
            $0.contains(step("platform")) && $0.contains("1/12 done") && $0.contains("Enter choose") && $0.contains("q quit")
        }
        try pane.keys("C-z")
        try pane.waitFor("the shell after suspending") { $0.contains("Stopped") && !$0.contains(step("platform")) }
        try pane.type("fg")
        try pane.keys("Enter")
        // The whole screen comes back: every line as it was before the suspension.
        func lines(_ screen: String) -> [String] {
            screen.split(separator: "\n", omittingEmptySubsequences: false).map {
                String($0.reversed().drop(while: { $0 == " " }).reversed())
            }
        }
        let deadline = Date().addingTimeInterval(10)
        var after = try pane.screen()
        while lines(after) != lines(before), Date() < deadline {
            usleep(20_000)
            after = try pane.screen()
        }
        #expect(lines(after) == lines(before), Comment(rawValue: "the screen after fg differs:\n"
            + Golden.diff(expected: lines(before).joined(separator: "\n"), actual: lines(after).joined(separator: "\n"))))
        try pane.keys("q")
        try pane.waitFor("Run `optout` to resume.", history: true)
    }

    @Test("a crash puts the terminal back: settings, cursor and the normal screen")
    func crash() throws {
        let pane = try pane()
        defer { pane.close() }
        let dir = pane.folder.path
        let script = """
            cd '\(dir)'; stty -g > before; sh -c 'echo $$ > pid; exec "$0"' '\(OptOutBinary.built)'; echo $? > status; \
            stty -g > after; echo finished; exec sleep 30
            """
        // The shell stays on after "finished", so the cursor is read from a live pane.
        try pane.start(["env", "SWIFT_BACKTRACE=enable=no", "sh", "-c", script])
        try pane.waitFor(step("about"))
        #expect(try pane.signalRecorded(SIGSEGV) == 0)
        try expectTerminalRestored(pane, exitStatuses: ["\(128 + SIGSEGV)"])
    }

    @Test("a Swift runtime trap puts the terminal back too (test-only trigger)")
    func runtimeTrap() throws {
        let pane = try pane()
        defer { pane.close() }
        let dir = pane.folder.path
        let script = """
            cd '\(dir)'; stty -g > before; OPTOUT_TEST_TRAP_AFTER_FIRST_FRAME=1 '\(OptOutBinary.built)'; echo $? > status; \
            stty -g > after; echo finished; exec sleep 30
            """
        try pane.start(["env", "SWIFT_BACKTRACE=enable=no", "sh", "-c", script])
        // An out-of-range index traps with SIGILL (x86_64) or SIGTRAP (arm64).
        try expectTerminalRestored(pane, exitStatuses: ["\(128 + SIGILL)", "\(128 + SIGTRAP)"])
    }

    /// After a crash: the full screen is gone, the exit status is the signal's, the terminal settings are
    /// as they were, the cursor shows and the alternate screen is left. The pane's shell wrote `status`,
    /// `before` and `after` (stty -g) in the pane's folder and then printed "finished".
    func expectTerminalRestored(_ pane: TmuxPane, exitStatuses: [String]) throws {
        let dir = pane.folder.path
        let screen = try pane.waitFor("finished")
        #expect(!screen.contains(step("about")), "the full screen was left on the terminal")
        let status = try String(contentsOfFile: "\(dir)/status", encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(exitStatuses.contains(status), "exit status \(status)")
        let before = try String(contentsOfFile: "\(dir)/before", encoding: .utf8)
        let after = try String(contentsOfFile: "\(dir)/after", encoding: .utf8)
        #expect(before == after, "stty settings changed")
        #expect(try pane.display("#{cursor_flag}") == "1", "the cursor stayed hidden")
        #expect(try pane.display("#{alternate_on}") == "0", "the alternate screen is still on")
    }

    @Test("colour from terminfo, none with NO_COLOR; bold either way")
    func noColor() throws {
        let pane = try pane()
        defer { pane.close() }
        try pane.startOptout()
        try pane.waitFor(step("about"))
        let coloured = try pane.screenWithAttributes()
        #expect(coloured.contains("\u{1B}[36m"), "the title is cyan on a colour terminal")
        try pane.keys("q")
        _ = try pane.exitStatus()

        try? FileManager.default.removeItem(atPath: pane.statusFile)
        try pane.tmux(["respawn-pane", "-k", "-t", "main", "-e", "NO_COLOR=1"] + pane.environment.flatMap { ["-e", "\($0.key)=\($0.value)"] }
            + pane.optoutCommand)
        try pane.waitFor("Welcome back.")
        let plain = try pane.screenWithAttributes()
        let colourCodes = ["[30m", "[31m", "[32m", "[33m", "[34m", "[35m", "[36m", "[37m"]
        #expect(!colourCodes.contains { plain.contains("\u{1B}" + $0) }, "NO_COLOR still shows colour")
        #expect(plain.contains("\u{1B}[1m"), "bold stays without colour")
        try pane.keys("q")
        #expect(try pane.exitStatus() == 1)
    }

    @Test("the pane runs with TERM=xterm-256color and a UTF-8 locale")
    func paneEnvironment() throws {
        let pane = try pane()
        defer { pane.close() }
        try pane.start(["sh", "-c", "echo \"TERM=$TERM LANG=$LANG\"; sleep 5"])
        try pane.waitFor("TERM=xterm-256color LANG=C.UTF-8")
    }
}
