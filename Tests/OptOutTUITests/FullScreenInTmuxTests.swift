import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where tmux is, if it is installed.
let tmuxPath: String? = {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    return path.split(separator: ":").map { "\($0)/tmux" }.first { FileManager.default.isExecutableFile(atPath: $0) }
}()

/// True when the CI variable is set: tmux is then required and these tests fail without it.
let runningInCI: Bool = {
    guard let ci = ProcessInfo.processInfo.environment["CI"] else { return false }
    return !ci.isEmpty
}()

/// The `optout` binary built beside this test bundle.
let optoutBinary: String = {
    let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
    var directory = executable.deletingLastPathComponent()
    // Inside an .xctest bundle on other platforms the binary sits a few folders up.
    for _ in 0..<4 {
        let candidate = directory.appendingPathComponent("optout").path
        if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        directory = directory.deletingLastPathComponent()
    }
    return executable.deletingLastPathComponent().appendingPathComponent("optout").path
}()

/// Runs a program and returns its exit status and standard output. It starts with no signals
/// blocked and default signal actions, as from a shell (test threads block signals, and a child
/// would inherit that), and its output goes through a file, not a pipe: a tmux server it starts
/// keeps its descriptors open for as long as it lives.
@discardableResult
func runProgram(_ path: String, _ arguments: [String], environment: [String: String]) throws -> (status: Int32, output: String) {
    let outputPath = FileManager.default.temporaryDirectory.appendingPathComponent("optout-tui-out-\(UUID().uuidString)").path
    defer { unlink(outputPath) }

    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)

    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var noSignals = sigset_t()
    sigemptyset(&noSignals)
    posix_spawnattr_setsigmask(&attributes, &noSignals)
    var allSignals = sigset_t()
    sigfillset(&allSignals)
    posix_spawnattr_setsigdefault(&attributes, &allSignals)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

    let argv = ([path] + arguments).map { strdup($0) } + [nil]
    let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer {
        argv.forEach { free($0) }
        envp.forEach { free($0) }
    }
    var pid: pid_t = 0
    let spawned = posix_spawn(&pid, path, &actions, &attributes, argv, envp)
    guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .EIO) }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0, errno == EINTR {}
    let output = String(decoding: FileManager.default.contents(atPath: outputPath) ?? Data(), as: UTF8.self)
    let exited = status & 0x7F == 0
    return (exited ? (status >> 8) & 0xFF : 128 + (status & 0x7F), output)
}

/// A private tmux server with one pane running optout, driven like a person at a terminal.
final class TmuxPane {
    let tmux: String
    let socket = "optout-tui-\(UUID().uuidString.prefix(8))"
    let folder: URL
    let stateFile: String

    init(tmux: String) throws {
        self.tmux = tmux
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("optout-tui-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        stateFile = folder.appendingPathComponent("progress.json").path
        // Keep the pane after the program exits, so its last output can be read; panes get
        // TERM=xterm-256color (tmux would otherwise set its own default-terminal).
        try "set -g remain-on-exit on\nset -g history-limit 5000\nset -g default-terminal xterm-256color\n"
            .write(to: folder.appendingPathComponent("tmux.conf"), atomically: true, encoding: .utf8)
    }

    var environment: [String: String] {
        var values = [
            "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
            "HOME": folder.path, "LANG": "C.UTF-8", "TERM": "xterm-256color", "OPTOUT_STATE_FILE": stateFile,
        ]
        // Under AddressSanitizer (CI's second run) its options must reach optout too, so a crash goes
        // to optout's own handler as it does without the sanitizer.
        if let asan = ProcessInfo.processInfo.environment["ASAN_OPTIONS"] { values["ASAN_OPTIONS"] = asan }
        return values
    }

    @discardableResult
    func tmux(_ arguments: [String]) throws -> String {
        let result = try runProgram(tmux, ["-u", "-L", socket, "-f", folder.appendingPathComponent("tmux.conf").path] + arguments,
                                    environment: environment)
        return result.output
    }

    /// Starts `command` (run directly, no shell) in a new detached session of the given size.
    func start(_ command: [String], columns: Int = 80, rows: Int = 24) throws {
        var arguments = ["new-session", "-d", "-s", "main", "-x", "\(columns)", "-y", "\(rows)"]
        for (key, value) in environment { arguments += ["-e", "\(key)=\(value)"] }
        try tmux(arguments + command)
    }

    /// Where the pane's shell writes optout's exit status. (tmux 3.3 loses `pane_dead_status`
    /// now and then when a program exits while tmux updates utmp, so the tests do not rely on it.)
    var statusFile: String { folder.appendingPathComponent("status").path }

    /// optout run by a shell that writes its exit status when it ends.
    var optoutCommand: [String] {
        ["sh", "-c", "rm -f \"$1\"; \"$0\"; echo $? > \"$1\"", optoutBinary, statusFile]
    }

    func startOptout(columns: Int = 80, rows: Int = 24) throws {
        try start(optoutCommand, columns: columns, rows: rows)
    }

    /// Starts optout again in the same pane after the last one exited.
    func restartOptout() throws {
        try? FileManager.default.removeItem(atPath: statusFile)
        var arguments = ["respawn-pane", "-k", "-t", "main"]
        for (key, value) in environment { arguments += ["-e", "\(key)=\(value)"] }
        try tmux(arguments + optoutCommand)
    }

    func keys(_ keys: String...) throws { try tmux(["send-keys", "-t", "main"] + keys) }
    func type(_ text: String) throws { try tmux(["send-keys", "-t", "main", "-l", text]) }

    /// The visible screen with its colours and attributes as escape sequences.
    func screenWithAttributes() throws -> String {
        try tmux(["capture-pane", "-p", "-e", "-t", "main"])
    }

    /// The visible screen, or with `history` everything since the pane started. Lines the terminal
    /// wrapped are joined again, so long output reads as it was printed.
    func screen(history: Bool = false) throws -> String {
        try tmux(["capture-pane", "-p", "-J", "-t", "main"] + (history ? ["-S", "-"] : []))
    }

    /// Polls the screen until `condition` holds; fails the test with the last screen after `timeout`.
    @discardableResult
    func waitFor(
        _ what: String, history: Bool = false, timeout: TimeInterval = 10, sourceLocation: SourceLocation = #_sourceLocation,
        _ condition: (String) -> Bool
    ) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = try screen(history: history)
            if condition(last) { return last }
            usleep(20_000)
        }
        Issue.record("Timed out waiting for \(what). The screen was:\n\(last)", sourceLocation: sourceLocation)
        throw CancellationError()
    }

    @discardableResult
    func waitFor(_ text: String, history: Bool = false, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        try waitFor("\"\(text)\"", history: history, sourceLocation: sourceLocation) { $0.contains(text) }
    }

    func display(_ format: String) throws -> String {
        try tmux(["display-message", "-p", "-t", "main", format]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Waits for optout in the pane to exit and returns its exit status.
    func exitStatus(sourceLocation: SourceLocation = #_sourceLocation) throws -> Int32 {
        var text = ""
        try waitFor("optout to exit", sourceLocation: sourceLocation) { _ in
            text = (try? String(contentsOfFile: self.statusFile, encoding: .utf8)) ?? ""
            return text.hasSuffix("\n")
        }
        guard let status = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)) else {
            Issue.record("the exit status file holds \"\(text)\"", sourceLocation: sourceLocation)
            return -1
        }
        return status
    }

    func optout(_ arguments: [String]) throws -> (status: Int32, output: String) {
        try runProgram(optoutBinary, arguments, environment: environment)
    }

    /// Stops the tmux server and removes its socket and the test's folder.
    func close() {
        let socketPath = (try? display("#{socket_path}")) ?? ""
        _ = try? tmux(["kill-server"])
        if !socketPath.isEmpty { unlink(socketPath) }
        try? FileManager.default.removeItem(at: folder)
    }
}

/// End to end in a real terminal: the built binary inside tmux. With CI set these fail, never
/// skip, when tmux is missing.
@Suite(
    "Full screen in tmux", .serialized,
    .enabled(if: tmuxPath != nil || runningInCI, "tmux is not installed (with CI set, this is a failure instead)"))
struct FullScreenInTmuxTests {
    func pane() throws -> TmuxPane {
        let tmux = try #require(tmuxPath, "tmux is required for these tests when CI is set")
        #expect(FileManager.default.isExecutableFile(atPath: optoutBinary), "no optout binary at \(optoutBinary)")
        return try TmuxPane(tmux: tmux)
    }

    @Test("a whole walkthrough ends with the summary in the scrollback")
    func wholeWalkthrough() throws {
        let pane = try pane()
        defer { pane.close() }
        try pane.startOptout()
        try pane.waitFor("Step 1 of 11")
        try pane.keys("Enter")
        try pane.waitFor("Step 2 of 11")
        try pane.keys("1")
        try pane.waitFor("Step 3 of 11")
        try pane.keys("Down", "Down", "Enter")  // United Kingdom
        for step in 4...11 {
            try pane.waitFor("Step \(step) of 11")
            try pane.keys("Enter")
        }
        let history = try pane.waitFor("All done.", history: true)
        #expect(history.contains("Opt out of LinkedIn's AI training: summary"))
        #expect(history.contains("Platform: Desktop web browser · Region: United Kingdom"))
        #expect(history.contains("Complete: 11 of 11 steps done."))
        #expect(try pane.exitStatus() == 0)
    }

    @Test("back and skip with a reason")
    func backAndSkip() throws {
        let pane = try pane()
        defer { pane.close() }
        try pane.startOptout()
        try pane.waitFor("Step 1 of 11")
        try pane.keys("Enter")
        try pane.waitFor("Step 2 of 11")
        try pane.keys("Left")
        try pane.waitFor("Step 1 of 11")
        try pane.keys("Enter")
        try pane.waitFor("Step 2 of 11")
        try pane.keys("2")  // mobile app
        try pane.waitFor("Step 3 of 11")
        try pane.keys("6")
        try pane.waitFor("Step 4 of 11")
        try pane.keys("s")
        try pane.waitFor("Why skip it for now?")
        try pane.type("later")
        try pane.keys("Enter")
        try pane.waitFor("Step 5 of 11")
        #expect(try pane.screen().contains("Menu path: Profile picture → Settings → Data privacy"))
        try pane.keys("b")
        let back = try pane.waitFor("Recorded: skipped (reason: later)")
        #expect(back.contains("Step 4 of 11"))
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
        try pane.waitFor("Step 1 of 11")
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
        try pane.waitFor("Step 1 of 11")
        try pane.keys("Enter")
        try pane.waitFor("Step 2 of 11")
        try pane.tmux(["resize-window", "-t", "main", "-x", "40", "-y", "12"])
        let small = try pane.waitFor("the 40x12 layout") { screen in
            screen.contains("Step 2 of 11") && screen.split(separator: "\n").allSatisfy { $0.count <= 40 }
                && screen.contains("Enter choose")
        }
        #expect(small.contains("Opt out of Linked…"))
        try pane.tmux(["resize-window", "-t", "main", "-x", "20", "-y", "6"])
        let tiny = try pane.waitFor("Needs at least 40×12")
        #expect(!tiny.contains("Step 2"))
        try pane.tmux(["resize-window", "-t", "main", "-x", "80", "-y", "24"])
        let whole = try pane.waitFor("the 80x24 layout") { $0.contains("Step 2 of 11") && $0.contains("Which will you use?") }
        #expect(!whole.contains("Needs at least"))
        try pane.tmux(["resize-window", "-t", "main", "-x", "120", "-y", "40"])
        try pane.waitFor("Checklist: 1/11 done")
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
        try pane.waitFor("Step 1 of 11")
        try pane.keys("Enter")
        try pane.waitFor("Step 2 of 11")
        try pane.keys("1")
        try pane.waitFor("Step 3 of 11")
        try pane.keys("q")
        let after = try pane.waitFor("Run `optout` to resume.", history: true)
        #expect(after.contains("Progress saved to \(pane.stateFile)."))
        #expect(try pane.exitStatus() == 1)

        try pane.restartOptout()
        let resume = try pane.waitFor("Welcome back.")
        #expect(resume.contains("Next is step 3, Where do you live?"))
        try pane.keys("Enter")
        let step = try pane.waitFor("Step 3 of 11")
        #expect(step.contains("Where do you live?"))
        try pane.keys("q")
        #expect(try pane.exitStatus() == 1)
    }

    @Test("SIGTERM, SIGHUP and SIGINT on a step save the progress and leave the terminal as it was",
          arguments: [SIGTERM, SIGHUP, SIGINT])
    func signals(signal: Int32) throws {
        let pane = try pane()
        defer { pane.close() }
        let dir = pane.folder.path
        // The inner shell writes its pid and becomes optout, so the pid is optout's.
        let script = """
            cd '\(dir)'; stty -g > before; sh -c 'echo $$ > pid; exec "$0"' '\(optoutBinary)'; echo $? > status; \
            stty -g > after; stty -a > after-all; echo finished
            """
        try pane.start(["sh", "-c", script])
        try pane.waitFor("Step 1 of 11")
        try pane.keys("Enter")
        try pane.waitFor("Step 2 of 11")
        let pidText = try String(contentsOfFile: "\(dir)/pid", encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        let pid = try #require(pid_t(pidText))
        #expect(kill(pid, signal) == 0)
        let screen = try pane.waitFor("finished", history: true)
        #expect(screen.contains("Progress saved to \(pane.stateFile). Run `optout` to resume."))
        let status = try String(contentsOfFile: "\(dir)/status", encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(status == "\(128 + signal)")
        let before = try String(contentsOfFile: "\(dir)/before", encoding: .utf8)
        let after = try String(contentsOfFile: "\(dir)/after", encoding: .utf8)
        #expect(before == after, "stty settings changed")
        let all = try String(contentsOfFile: "\(dir)/after-all", encoding: .utf8)
        #expect(all.contains(" echo ") && all.contains(" icanon "))
        let line = try pane.optout(["status"])
        #expect(line.output.contains("1 of 11 steps done"))
        #expect(line.output.contains("Next: step 2, Where will you make the changes?"))
    }

    @Test("Ctrl-Z suspends and fg brings the whole screen back")
    func suspendAndContinue() throws {
        let pane = try pane()
        defer { pane.close() }
        // An interactive shell gives job control, as at a real prompt.
        try pane.start(["sh", "-i"])
        try pane.waitFor("the shell prompt") { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
        try pane.type("'\(optoutBinary)'")
        try pane.keys("Enter")
        try pane.waitFor("Step 1 of 11")
        try pane.keys("Enter")
        // The whole step, down to the footer's last entry (curses draws from the top).
        let before = try pane.waitFor("the whole of step 2") { $0.contains("Step 2 of 11") && $0.contains("q quit") }
        try pane.keys("C-z")
        try pane.waitFor("the shell after suspending") { $0.contains("Stopped") && !$0.contains("Step 2 of 11") }
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
            + Goldens.diff(expected: lines(before).joined(separator: "\n"), actual: lines(after).joined(separator: "\n"))))
        try pane.keys("q")
        try pane.waitFor("Run `optout` to resume.", history: true)
    }

    @Test("Ctrl-C saves and quits with status 130")
    func controlC() throws {
        let pane = try pane()
        defer { pane.close() }
        // The shell ignores SIGINT so it lives to write optout's status; optout handles SIGINT itself.
        try pane.start(["sh", "-c", "trap '' INT; \"$0\"; echo $? > \"$1\"", optoutBinary, pane.statusFile])
        try pane.waitFor("Step 1 of 11")
        try pane.keys("Enter")
        try pane.waitFor("Step 2 of 11")
        try pane.keys("C-c")
        #expect(try pane.exitStatus() == 130)
        try pane.waitFor("Run `optout` to resume.", history: true)
        #expect(try pane.optout(["status"]).output.contains("Next: step 2, Where will you make the changes?"))
    }

    @Test("a crash puts the terminal back: settings, cursor and the normal screen")
    func crash() throws {
        let pane = try pane()
        defer { pane.close() }
        let dir = pane.folder.path
        let script = """
            cd '\(dir)'; stty -g > before; sh -c 'echo $$ > pid; exec "$0"' '\(optoutBinary)'; echo $? > status; \
            stty -g > after; echo finished; exec sleep 30
            """
        // The shell stays on after "finished", so the cursor is read from a live pane.
        try pane.start(["env", "SWIFT_BACKTRACE=enable=no", "sh", "-c", script])
        try pane.waitFor("Step 1 of 11")
        let pidText = try String(contentsOfFile: "\(dir)/pid", encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        let pid = try #require(pid_t(pidText))
        #expect(kill(pid, SIGSEGV) == 0)
        try expectTerminalRestored(pane, exitStatuses: ["\(128 + SIGSEGV)"])
    }

    @Test("a Swift runtime trap puts the terminal back too (test-only trigger)")
    func runtimeTrap() throws {
        let pane = try pane()
        defer { pane.close() }
        let dir = pane.folder.path
        let script = """
            cd '\(dir)'; stty -g > before; OPTOUT_TEST_TRAP_AFTER_FIRST_FRAME=1 '\(optoutBinary)'; echo $? > status; \
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
        #expect(!screen.contains("Step 1 of 11"), "the full screen was left on the terminal")
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
        try pane.waitFor("Step 1 of 11")
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
