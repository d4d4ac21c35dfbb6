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

/// The terminal is always handed back and signals are always honoured: each promise checked in a real
/// terminal (tmux), on the built binary and on the release binary `make install` installs.
extension FullScreenInTmuxTests {
    static let steps = Guide.linkedInAITraining.steps
    static func stepLine(_ number: Int) -> String { "Step \(number) of \(steps.count)" }
    /// The step's number on screen (from 1), found by its id.
    static func number(of id: String) -> Int { (steps.firstIndex { $0.id == id } ?? -100) + 1 }

    func pane(_ build: BuildUnderTest) throws -> TmuxPane {
        let tmux = try #require(tmuxPath, "tmux is required for these tests when CI is set")
        return try TmuxPane(tmux: tmux, binary: try build.path())
    }

    /// A pane running optout under `startRecorded(setup:)`, on step 1.
    func recordedPane(_ build: BuildUnderTest, setup: String = "") throws -> TmuxPane {
        let pane = try pane(build)
        do {
            try pane.startRecorded(setup: setup)
            try pane.waitFor(Self.stepLine(1))
        } catch {
            pane.close()
            throw error
        }
        return pane
    }

    /// Walks from step 1 to the step with `id`: choices take their first answer, other steps are done.
    func walk(_ pane: TmuxPane, to id: String) throws {
        for (index, step) in Self.steps.enumerated() {
            try pane.waitFor(Self.stepLine(index + 1))
            if step.id == id { return }
            if step.choice != nil { try pane.keys("1") }  // a number selects, Enter chooses
            try pane.keys("Enter")
        }
        Issue.record("no step \(id)")
    }

    /// The progress as `optout status --json` reports it.
    func statusJSON(_ pane: TmuxPane) throws -> [String: Any] {
        let status = try pane.optout(["status", "--json"])
        return try #require(try JSONSerialization.jsonObject(with: Data(status.output.utf8)) as? [String: Any])
    }

    func stepRecord(_ pane: TmuxPane, _ id: String) throws -> [String: Any] {
        let steps = try #require(try statusJSON(pane)["steps"] as? [[String: Any]])
        return try #require(steps.first { $0["id"] as? String == id })
    }

    /// After a run started with `startRecorded`: it exited with one of `statuses`, and the terminal is as
    /// it was: the same `stty -g`, echo and canonical input on, the cursor shown, the normal screen, and
    /// no bracketed paste (a paste reaches the next program without `ESC[200~` around it).
    func expectHandedBack(_ pane: TmuxPane, statuses: [String], sourceLocation: SourceLocation = #_sourceLocation) throws {
        let screen = try pane.waitFor("the run to end", history: true, sourceLocation: sourceLocation) {
            $0.contains(TmuxPane.recordedRunEnded)
        }
        let status = pane.recorded("status")
        #expect(statuses.contains(status), "exit status \(status)", sourceLocation: sourceLocation)
        #expect(pane.recorded("before") == pane.recorded("after"), "stty settings changed", sourceLocation: sourceLocation)
        let all = pane.recorded("after-all")
        #expect(all.contains(" echo ") && all.contains(" icanon "), "echo or icanon left off", sourceLocation: sourceLocation)
        #expect(try pane.display("#{cursor_flag}") == "1", "the cursor stayed hidden", sourceLocation: sourceLocation)
        #expect(try pane.display("#{alternate_on}") == "0", "the alternate screen is still on", sourceLocation: sourceLocation)
        try pane.paste("handed back\n")
        let path = pane.folder.appendingPathComponent("after-input").path
        let deadline = Date().addingTimeInterval(10)
        var typed = ""
        while !typed.contains("handed back"), Date() < deadline {
            usleep(20_000)
            typed = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        }
        #expect(typed.contains("handed back"), "the paste after the run never arrived; screen:\n\(screen)",
                sourceLocation: sourceLocation)
        #expect(!typed.contains("[200~"), "bracketed paste was left on: \(typed)", sourceLocation: sourceLocation)
    }

    // MARK: Signals

    @Test("a terminating signal ends the run at once: progress saved, 128 + signal, the terminal handed back",
          arguments: BuildUnderTest.allCases, [SIGTERM, SIGHUP, SIGINT, SIGQUIT, SIGUSR1, SIGALRM])
    func terminatingSignal(build: BuildUnderTest, signal: Int32) throws {
        let pane = try recordedPane(build)
        defer { pane.close() }
        try pane.keys("Enter")
        try pane.waitFor(Self.stepLine(2))
        #expect(try pane.signalRecorded(signal) == 0)
        try expectHandedBack(pane, statuses: ["\(128 + signal)"])
        #expect(try pane.flatScreen(history: true).contains("Progress saved to \(pane.stateFile). Run `optout` to resume."))
        let json = try statusJSON(pane)
        #expect(json["done"] as? Int == 1)
        #expect(json["current"] as? String == Self.steps[1].id)
    }

    @Test("Ctrl-C and Ctrl-\\ at the keyboard save and quit with 130 and 131",
          arguments: BuildUnderTest.allCases, [("C-c", SIGINT), ("C-\\", SIGQUIT)])
    func keyboardSignals(build: BuildUnderTest, key: (name: String, signal: Int32)) throws {
        // The recording shell catches them (so it lives on to record); optout starts with default actions.
        let pane = try recordedPane(build, setup: "trap : INT QUIT;")
        defer { pane.close() }
        try pane.keys("Enter")
        try pane.waitFor(Self.stepLine(2))
        try pane.keys(key.name)
        try expectHandedBack(pane, statuses: ["\(128 + key.signal)"])
        #expect(try statusJSON(pane)["current"] as? String == Self.steps[1].id)
    }

    @Test("a signal the parent ignored stays ignored (nohup)", arguments: BuildUnderTest.allCases)
    func inheritedIgnoredSignal(build: BuildUnderTest) throws {
        let pane = try recordedPane(build, setup: "trap '' HUP;")
        defer { pane.close() }
        #expect(try pane.signalRecorded(SIGHUP) == 0)
        // Had SIGHUP ended the run, it would have ended with 129 before this key was read.
        try pane.keys("q")
        try expectHandedBack(pane, statuses: ["1"])
    }

    @Test("the installed binary has no test-only crash trigger")
    func noTestTrapInTheInstalledBinary() throws {
        let pane = try recordedPane(.installed, setup: "export OPTOUT_TEST_TRAP_AFTER_FIRST_FRAME=1;")
        defer { pane.close() }
        try pane.keys("q")
        try expectHandedBack(pane, statuses: ["1"])
    }

    // MARK: Paste

    @Test("a paste goes into the open field as text: line breaks become spaces, nothing runs",
          arguments: BuildUnderTest.allCases)
    func pasteIntoANote(build: BuildUnderTest) throws {
        let pane = try recordedPane(build)
        defer { pane.close() }
        try walk(pane, to: "sign-in")
        let signIn = Self.stepLine(Self.number(of: "sign-in"))
        try pane.keys("n")
        try pane.waitFor("Your note for this step")
        try pane.paste("ref 123\nwq")
        let screen = try pane.waitFor("the paste in the field") { $0.contains("> ref 123 wq") }
        #expect(screen.contains(signIn))
        try pane.keys("Enter")
        #expect(try pane.waitFor("Note saved.").contains(signIn))
        try pane.keys("q")
        try expectHandedBack(pane, statuses: ["1"])
        let record = try stepRecord(pane, "sign-in")
        #expect(record["note"] as? String == "ref 123 wq")
        #expect(record["status"] as? String == "pending")
        #expect(try statusJSON(pane)["current"] as? String == "sign-in")
    }

    @Test("a paste with no field open does nothing", arguments: BuildUnderTest.allCases)
    func pasteOnAStep(build: BuildUnderTest) throws {
        let pane = try recordedPane(build)
        defer { pane.close() }
        try walk(pane, to: "sign-in")
        try pane.paste("s later\nq\n")
        try pane.keys("?")
        // The help opens: the paste neither quit nor left a field open.
        try pane.waitFor("the help") { $0.contains("Esc close help") }
        try pane.keys("Escape")
        try pane.keys("q")
        try expectHandedBack(pane, statuses: ["1"])
        #expect(try stepRecord(pane, "sign-in")["status"] as? String == "pending")
        #expect(try statusJSON(pane)["current"] as? String == "sign-in")
    }

    @Test("a 100 KB paste lands whole in the note", arguments: BuildUnderTest.allCases)
    func largePaste(build: BuildUnderTest) throws {
        let pane = try pane(build)
        defer { pane.close() }
        let unit = "0123456789 abcdé 確認 "
        var text = ""
        while text.utf8.count < 100_000 { text += unit }
        try pane.startRecorded()
        try pane.waitFor(Self.stepLine(1))
        try pane.keys("n")
        try pane.waitFor("Your note for this step")
        try pane.paste(text + "END")
        try pane.waitFor("the end of the paste", timeout: 120) { $0.contains("確認 END") }
        try pane.keys("Enter")
        try pane.waitFor("Note saved.")
        try pane.keys("q")
        try expectHandedBack(pane, statuses: ["1"])
        let note = try stepRecord(pane, Self.steps[0].id)["note"] as? String
        #expect(note == (text + "END").trimmingCharacters(in: .whitespaces))
    }

    @Test("Ctrl-Z gives the shell a terminal without bracketed paste; fg takes pastes as text again",
          arguments: BuildUnderTest.allCases)
    func suspendTurnsPasteOff(build: BuildUnderTest) throws {
        let pane = try pane(build)
        defer { pane.close() }
        try pane.start(["sh", "-i"])
        try pane.waitFor("the shell prompt") { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
        try pane.type("'\(pane.binary)'")
        try pane.keys("Enter")
        try pane.waitFor(Self.stepLine(1))
        try pane.keys("C-z")
        try pane.waitFor("the shell after suspending") { $0.contains("Stopped") && !$0.contains(Self.stepLine(1)) }
        let atPrompt = pane.folder.appendingPathComponent("at-prompt").path
        try pane.type("cat -v > '\(atPrompt)'")
        try pane.keys("Enter")
        try pane.paste("typed at the prompt\n")
        try pane.keys("C-d")
        let deadline = Date().addingTimeInterval(10)
        var typed = ""
        while !typed.contains("typed at the prompt"), Date() < deadline {
            usleep(20_000)
            typed = (try? String(contentsOfFile: atPrompt, encoding: .utf8)) ?? ""
        }
        #expect(typed.contains("typed at the prompt"))
        #expect(!typed.contains("[200~"), "bracketed paste stayed on while suspended: \(typed)")
        try pane.type("fg")
        try pane.keys("Enter")
        try pane.waitFor(Self.stepLine(1))
        try pane.keys("n")
        try pane.waitFor("Your note for this step")
        try pane.paste("after\nfg")
        try pane.waitFor("the paste after fg") { $0.contains("> after fg") }
        try pane.keys("Enter")
        try pane.waitFor("Note saved.")
        try pane.keys("q")
        try pane.waitFor("Run `optout` to resume.", history: true)
        #expect(try stepRecord(pane, Self.steps[0].id)["note"] as? String == "after fg")
    }

    // MARK: Keys

    @Test("Home, End and unknown escape sequences are dropped whole: they never choose an answer",
          arguments: BuildUnderTest.allCases)
    func unknownSequences(build: BuildUnderTest) throws {
        let pane = try recordedPane(build)
        defer { pane.close() }
        try pane.keys("Enter")
        try pane.waitFor(Self.stepLine(2))
        try pane.keys("Home")
        try pane.keys("End")
        try pane.type("\u{1B}[99~")  // no key has this
        try pane.type("\u{1B}[15~")  // F5
        try pane.type("\u{1B}[1;5H")  // Ctrl-Home
        try pane.type("\u{1B}O2P")  // Shift-F1, as some terminals send it
        // In a field, Home and End move the cursor.
        try pane.keys("n")
        try pane.waitFor("Your note for this step")
        try pane.type("bc")
        try pane.keys("Home")
        try pane.type("a")
        try pane.keys("End")
        try pane.type("d")
        let screen = try pane.waitFor("the field") { $0.contains("> abcd") }
        #expect(screen.contains(Self.stepLine(2)))
        try pane.keys("Enter")
        try pane.waitFor("Note saved.")
        try pane.keys("q")
        try expectHandedBack(pane, statuses: ["1"])
        let json = try statusJSON(pane)
        #expect(json["current"] as? String == Self.steps[1].id)
        #expect((json["answers"] as? [String: Any])?.isEmpty ?? true, "an answer was chosen: \(json["answers"] ?? "")")
    }

    @Test("ESCDELAY is honoured: an arrow key whose bytes arrive apart is still an arrow key",
          arguments: BuildUnderTest.allCases)
    func splitEscapeSequence(build: BuildUnderTest) throws {
        let pane = try recordedPane(build, setup: "export ESCDELAY=3000;")
        defer { pane.close() }
        try pane.keys("n")
        try pane.waitFor("Your note for this step")
        try pane.type("abc")
        try pane.waitFor("> abc")
        try pane.keys("Escape")
        usleep(300_000)  // well inside the 3 s asked for, on any machine
        try pane.type("[D")  // the rest of ESC [ D, Left
        try pane.type("X")
        try pane.waitFor("> abXc")
        try pane.keys("Enter")
        try pane.waitFor("Note saved.")
        try pane.keys("q")
        try expectHandedBack(pane, statuses: ["1"])
        #expect(try stepRecord(pane, Self.steps[0].id)["note"] as? String == "abXc")
    }

    // MARK: Locale and size

    @Test("without a UTF-8 locale, non-ASCII keys do not freeze input", arguments: BuildUnderTest.allCases)
    func cLocale(build: BuildUnderTest) throws {
        let pane = try recordedPane(build, setup: "unset LANG LC_ALL LC_CTYPE;")
        defer { pane.close() }
        try pane.type("é")
        try pane.keys("n")
        try pane.waitFor("Your note for this step")
        try pane.type("Zoë")
        try pane.keys("Enter")
        try pane.waitFor("Note saved.")
        try pane.keys("q")
        try expectHandedBack(pane, statuses: ["1"])
        #expect(try stepRecord(pane, Self.steps[0].id)["note"] as? String == "Zoë")
    }

    @Test("LINES and COLUMNS in the environment do not override the terminal's real size")
    func sizeComesFromTheTerminal() throws {
        let pane = try pane(.built)
        defer { pane.close() }
        try pane.startRecorded(setup: "export LINES=12 COLUMNS=40;")
        try pane.waitFor("the 80-column layout") { screen in
            screen.contains(Self.stepLine(1)) && screen.split(separator: "\n").contains { $0.count > 60 }
        }
        try pane.tmux(["resize-window", "-t", "main", "-x", "120", "-y", "40"])
        try pane.waitFor("the checklist beside the step") { $0.contains("Checklist") }
        try pane.keys("q")
        try expectHandedBack(pane, statuses: ["1"])

        try? FileManager.default.removeItem(atPath: pane.folder.appendingPathComponent("status").path)
        try pane.tmux(["kill-session", "-t", "main"])
        try pane.startRecorded(setup: "export LINES=100000 COLUMNS=100000;")
        try pane.waitFor("Welcome back.")
        try pane.keys("q")
        try expectHandedBack(pane, statuses: ["1"])
    }

    /// The sizes a terminal may have when optout starts: smaller and larger than terminfo's 80×24.
    static let startSizes = [ScreenSize(columns: 40, rows: 12), ScreenSize(columns: 120, rows: 40), ScreenSize(columns: 100, rows: 30)]

    @Test("the first frame is laid out for the terminal's real size, whatever it is and whatever LINES and COLUMNS say",
          arguments: BuildUnderTest.allCases, Self.startSizes)
    func firstFrameFitsTheTerminal(build: BuildUnderTest, size: ScreenSize) throws {
        for setup in ["", "export LINES=24 COLUMNS=80;"] {
            let pane = try pane(build)
            defer { pane.close() }
            try pane.startRecorded(setup: setup, columns: size.columns, rows: size.rows)
            // The whole frame is there once the footer's last entry is.
            let screen = try pane.waitFor("the first frame at \(size.columns)×\(size.rows)") { $0.contains("q quit") }
            let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
            // capture-pane -J joins lines the terminal wrapped: a layout wider than the pane shows as a longer line.
            let widest = lines.map { TerminalWidth.columns(of: String($0)) }.max() ?? 0
            #expect(widest <= size.columns, "\(setup) a line is wider than the pane:\n\(screen)")
            #expect(lines.first?.contains(Self.stepLine(1)) == true, "\(setup) the header is the first line:\n\(screen)")
            if size.columns >= 100 {
                #expect(screen.contains("Checklist"), "\(setup) the checklist stands beside the step from the first frame:\n\(screen)")
            }
            try pane.keys("q")
            try expectHandedBack(pane, statuses: ["1"])
        }
    }

    @Test("an unknown TERM falls back to line-by-line prompts and says why on standard error")
    func unknownTerminal() throws {
        let pane = try pane(.built)
        defer { pane.close() }
        try pane.startRecorded(setup: "export TERM=optout-no-such-terminal;")
        let screen = try pane.waitFor("the reason and the first prompt") { $0.contains("line-by-line") && $0.contains("Answer") }
        #expect(screen.contains("optout-no-such-terminal"))
        try pane.type("q")
        try pane.keys("Enter")
        try expectHandedBack(pane, statuses: ["1"])
    }

    // MARK: Crashes

    @Test("a stack overflow puts the terminal back too: the crash handler has a stack of its own")
    func stackOverflow() throws {
        let pane = try pane(.built)
        defer { pane.close() }
        try pane.startRecorded(setup: "export SWIFT_BACKTRACE=enable=no OPTOUT_TEST_TRAP_AFTER_FIRST_FRAME=stack;")
        try expectHandedBack(pane, statuses: ["\(128 + SIGSEGV)", "\(128 + SIGBUS)"])
    }

    // MARK: The external editor

    /// An editor for the tests, a shell script at a path with a space (run by `sh`, so it is never
    /// executed while another test's child may hold it open): it writes its arguments to `editor-args`,
    /// says it runs, echoes each line typed until "done", then saves "Edited in the editor." to its file.
    func installEditor(_ pane: TmuxPane) throws -> String {
        let folder = pane.folder.appendingPathComponent("my editor")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let script = folder.appendingPathComponent("edit.sh").path
        try """
            #!/bin/sh
            for last; do :; done
            printf '%s\\n' "$*" > '\(pane.folder.path)/editor-args'
            echo "EDITOR IS RUNNING"
            while read line; do
              [ "$line" = done ] && break
              echo "EDITOR GOT: $line"
            done
            printf 'Edited in the editor.\\n' > "$last"

            """.write(toFile: script, atomically: true, encoding: .utf8)
        return "sh '\(script)' --wait"
    }

    /// On the objection step, drafts the text (name and email) so `e` opens the editor.
    func draftObjection(_ pane: TmuxPane) throws {
        try walk(pane, to: "objection-form")
        try pane.keys("t")
        try pane.waitFor("Which uses do you object to?")
        try pane.keys("Enter")
        try pane.type("Ada Lovelace")
        try pane.keys("Enter")
        try pane.type("ada@example.com")
        try pane.keys("Enter")
        try pane.waitFor("Objection text saved")
    }

    @Test("Ctrl-Z in the editor and fg: the editor keeps the terminal, optout does not draw over it",
          arguments: BuildUnderTest.allCases)
    func suspendTheEditor(build: BuildUnderTest) throws {
        let pane = try pane(build)
        defer { pane.close() }
        let editor = try installEditor(pane)
        try pane.start(["sh", "-i"])
        try pane.waitFor("the shell prompt") { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
        try pane.type("EDITOR=\"\(editor)\" '\(pane.binary)'")
        try pane.keys("Enter")
        try draftObjection(pane)
        try pane.keys("e")
        try pane.waitFor("EDITOR IS RUNNING")
        try pane.keys("C-z")
        try pane.waitFor("the shell after suspending") { $0.contains("Stopped") }
        try pane.type("fg")
        try pane.keys("Enter")
        try pane.type("hello")
        try pane.keys("Enter")
        let screen = try pane.waitFor("EDITOR GOT: hello")
        #expect(!screen.contains("Opt out of LinkedIn's AI training"), "optout drew its screen over the editor:\n\(screen)")
        #expect(try pane.display("#{alternate_on}") == "0")
        try pane.type("done")
        try pane.keys("Enter")
        try pane.waitFor("the edited text on the step") { $0.contains("Edited in the editor.") && $0.contains("q quit") }
        let arguments = pane.recorded("editor-args")
        #expect(arguments.hasPrefix("--wait "), "\(arguments)")
        let file = String(arguments.dropFirst("--wait ".count))
        #expect(!FileManager.default.fileExists(atPath: file), "the temporary file outlived the edit")
        try pane.keys("q")
        try pane.waitFor("Run `optout` to resume.", history: true)
    }

    @Test("SIGTERM while the editor runs: the editor ends, the temporary file is removed, progress saved, 143",
          arguments: BuildUnderTest.allCases)
    func signalWhileEditing(build: BuildUnderTest) throws {
        let pane = try pane(build)
        defer { pane.close() }
        let editor = try installEditor(pane)
        try pane.startRecorded(setup: "export EDITOR=\"\(editor)\";")
        try draftObjection(pane)
        try pane.keys("e")
        try pane.waitFor("EDITOR IS RUNNING")
        let arguments = pane.recorded("editor-args")
        let file = String(arguments.dropFirst("--wait ".count))
        #expect(FileManager.default.fileExists(atPath: file), "no temporary file at \(file)")
        #expect(try pane.signalRecorded(SIGTERM) == 0)
        try expectHandedBack(pane, statuses: ["143"])
        #expect(!FileManager.default.fileExists(atPath: file), "the temporary file with the name and email outlived optout")
        #expect(try pane.flatScreen(history: true).contains("Progress saved to \(pane.stateFile)."))
        #expect(try statusJSON(pane)["current"] as? String == "objection-form")
    }

    /// Plain mode runs the editor as the full screen does, in the terminal's foreground: Ctrl-C goes to the
    /// editor alone. An editor that traps it goes on, and so does optout; one that dies of it is reported,
    /// and optout goes on. Neither leaves the editor running without optout, or the temporary file with the
    /// name and email in $TMPDIR.
    @Test("plain mode: Ctrl-C while the editor runs reaches the editor, and optout goes on",
          arguments: BuildUnderTest.allCases)
    func plainModeCtrlCWhileEditing(build: BuildUnderTest) throws {
        let pane = try pane(build)
        defer { pane.close() }
        let folder = pane.folder.path
        let tmp = folder + "/tmp"
        try FileManager.default.createDirectory(atPath: tmp, withIntermediateDirectories: true)
        // Progress on the objection step, with a drafted text (name and email).
        let seeded = try runProgram("/bin/sh", ["-c", "printf 'd\\n1\\n1\\n1\\nd\\nd\\nd\\nd\\nd\\nt\\n\\nAda Lovelace\\nada@example.com\\nq\\n' | \"$0\" --plain", pane.binary],
                                    environment: pane.environment)
        try #require(seeded.status == 1, "\(seeded.output.suffix(300))")
        let script = folder + "/my editor/edit.sh"
        try FileManager.default.createDirectory(atPath: folder + "/my editor", withIntermediateDirectories: true)
        try """
            #!/bin/sh
            for last; do :; done
            echo $$ > '\(folder)/editor-pid'
            printf '%s\\n' "$last" > '\(folder)/editor-file'
            [ -f '\(folder)/trap' ] && trap 'echo INT >> "\(folder)/editor-got"' INT
            rm -f '\(folder)/stop'
            echo "EDITOR IS RUNNING"
            while [ ! -f '\(folder)/stop' ]; do sleep 0.1; done
            printf 'Edited in the editor.\\n' > "$last"

            """.write(toFile: script, atomically: true, encoding: .utf8)
        FileManager.default.createFile(atPath: folder + "/trap", contents: nil)
        try pane.startRecorded(arguments: ["--plain"], setup: "export EDITOR=\"sh '\(script)'\" TMPDIR='\(tmp)';")
        try pane.waitFor("Answer: 1")
        try pane.keys("Enter")
        try pane.waitFor("e edit draft")

        // An editor that traps Ctrl-C: it gets it, optout waits on, and the edit comes back.
        try pane.type("e")
        try pane.keys("Enter")
        try pane.waitFor("EDITOR IS RUNNING")
        let draftFile = pane.recorded("editor-file")
        #expect(FileManager.default.fileExists(atPath: draftFile), "no temporary file at \(draftFile)")
        try pane.keys("C-c")
        try pane.waitFor("the editor to get Ctrl-C") { _ in pane.recorded("editor-got") == "INT" }
        usleep(300_000)
        #expect(!(try pane.screen(history: true)).contains(TmuxPane.recordedRunEnded), "optout ended on Ctrl-C meant for the editor")
        FileManager.default.createFile(atPath: folder + "/stop", contents: nil)
        try pane.waitFor("Edited in the editor.")
        #expect(!FileManager.default.fileExists(atPath: draftFile), "the temporary file outlived the edit")

        // An editor that does not trap it dies of it; optout says so and goes on.
        try FileManager.default.removeItem(atPath: folder + "/trap")
        try FileManager.default.removeItem(atPath: folder + "/editor-file")
        try pane.type("e")
        try pane.keys("Enter")
        try pane.waitFor("the editor to start again") { _ in !pane.recorded("editor-file").isEmpty }
        try pane.keys("C-c")
        try pane.waitFor("ended by signal")
        let second = pane.recorded("editor-file")
        #expect(!FileManager.default.fileExists(atPath: second), "the temporary file outlived the killed editor")
        try pane.type("q")
        try pane.keys("Enter")
        try expectHandedBack(pane, statuses: ["1"])
        #expect(try pane.flatScreen(history: true).contains("Progress saved to \(pane.stateFile)."))
        let editorPid = try #require(pid_t(pane.recorded("editor-pid")))
        #expect(kill(editorPid, 0) != 0, "the editor outlived optout")
        let left = try FileManager.default.contentsOfDirectory(atPath: tmp)
        #expect(left.isEmpty, "left in $TMPDIR: \(left)")
        let stored = try pane.optout(["draft"])
        #expect(stored.output.contains("Edited in the editor."), "\(stored.output)")
    }

    /// A draft file an optout killed while its editor ran left behind (it holds the name and email) is
    /// removed when a later walkthrough with an editor ends, and before each edit; never by listing
    /// $TMPDIR before the first frame.
    @Test("with $EDITOR set, a leftover draft is removed when the walkthrough ends, not before the first frame")
    func leftoverDraftsGoAtTheEnd() throws {
        let pane = try pane(.built)
        defer { pane.close() }
        let tmp = pane.folder.appendingPathComponent("tmp").path
        try FileManager.default.createDirectory(atPath: tmp, withIntermediateDirectories: true)
        // The pid of a process that has ended owns the leftover.
        let ended = Process()
        ended.executableURL = URL(fileURLWithPath: "/bin/true")
        try ended.run()
        ended.waitUntilExit()
        let leftover = tmp + "/optout-draft-\(ended.processIdentifier)-left.txt"
        try "Dear LinkedIn, Ana Souza, ana@example.org".write(toFile: leftover, atomically: true, encoding: .utf8)
        try pane.startRecorded(setup: "export EDITOR=true TMPDIR='\(tmp)';")
        try pane.waitFor(Self.stepLine(1))
        #expect(FileManager.default.fileExists(atPath: leftover), "$TMPDIR was listed before the first frame")
        try pane.keys("q")
        try expectHandedBack(pane, statuses: ["1"])
        #expect(!FileManager.default.fileExists(atPath: leftover), "the leftover draft outlived the walkthrough")
    }

    @Test("an editor that fails is reported even when SIGCHLD was inherited as ignored")
    func failingEditorWithIgnoredChildSignal() throws {
        let pane = try pane(.built)
        defer { pane.close() }
        try pane.startRecorded(setup: "trap '' CHLD; export EDITOR=false;")
        try draftObjection(pane)
        try pane.keys("e")
        try pane.waitFor("The editor false exited with status 1.")
        try pane.keys("q")
        try expectHandedBack(pane, statuses: ["1"])
    }

    // MARK: Widths

    @Test("flags, emoji the C library does not know and joined emoji keep the field aligned")
    func widths() throws {
        let pane = try recordedPane(.built)
        defer { pane.close() }
        try pane.keys("n")
        try pane.waitFor("Your note for this step")
        // The field starts after "> " at the content's left edge; the cursor must sit right after the text.
        func fieldLine(_ screen: String) -> String {
            let line = screen.split(separator: "\n").map(String.init).first { $0.contains("> ") && !$0.contains("Your note") } ?? ""
            return String(line.reversed().drop { $0 == " " }.reversed())
        }
        try pane.type("flags 🇬🇧🇫🇷 end")
        var screen = try pane.waitFor("the flags as letters") { $0.contains("> flags [GB][FR] end") }
        let column = fieldLine(screen).range(of: "> ")!.upperBound.utf16Offset(in: fieldLine(screen))
        #expect(Int(try pane.display("#{cursor_x}")) == column + "flags [GB][FR] end".count)
        try pane.keys("End")
        for _ in 0..<20 { try pane.keys("BSpace") }
        try pane.type("ab👨‍👩‍👧cd")
        screen = try pane.waitFor("the family as three people") { $0.contains("> ab👨👩👧cd") }
        #expect(Int(try pane.display("#{cursor_x}")) == column + 2 + 6 + 2)
        try pane.keys("BSpace", "BSpace")
        screen = try pane.waitFor("the field without cd") { fieldLine($0).hasSuffix("> ab👨👩👧") }
        try pane.keys("BSpace", "BSpace", "BSpace")
        try pane.type("new 🫨🫨 end|")
        screen = try pane.waitFor("new emoji shown as stand-ins") { $0.contains("end|") }
        let line = fieldLine(screen)
        #expect(line.contains("\u{FFFD}"), "the unknown emoji are invisible: \(line)")
        #expect(Int(try pane.display("#{cursor_x}")) == column + "new ".count + 4 + " end|".count)
        try pane.keys("Enter")
        try pane.waitFor("Note saved.")
        try pane.keys("q")
        try expectHandedBack(pane, statuses: ["1"])
        #expect(try stepRecord(pane, Self.steps[0].id)["note"] as? String == "new 🫨🫨 end|")
    }
}
