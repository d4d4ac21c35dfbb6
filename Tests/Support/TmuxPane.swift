import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where tmux is, if it is installed.
public let tmuxPath: String? = {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    return path.split(separator: ":").map { "\($0)/tmux" }.first { FileManager.default.isExecutableFile(atPath: $0) }
}()


/// Runs a program and returns its exit status and standard output. It starts with no signals
/// blocked and default signal actions, as from a shell (test threads block signals, and a child
/// would inherit that), and its output goes through a file, not a pipe: a tmux server it starts
/// keeps its descriptors open for as long as it lives. For the same reason it gets no descriptor but
/// the three standard ones: a file another test has open for writing at that moment (a binary being
/// copied) would stay open in the tmux server, and running that file would fail with ETXTBSY.
@discardableResult
public func runProgram(_ path: String, _ arguments: [String], environment: [String: String]) throws -> (status: Int32, output: String) {
    let outputPath = FileManager.default.temporaryDirectory.appendingPathComponent("optout-tui-out-\(UUID().uuidString)").path
    defer { unlink(outputPath) }

    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    #if canImport(Glibc)
    closeInheritedDescriptors(&actions)
    #endif

    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var noSignals = sigset_t()
    sigemptyset(&noSignals)
    posix_spawnattr_setsigmask(&attributes, &noSignals)
    var allSignals = sigset_t()
    sigfillset(&allSignals)
    posix_spawnattr_setsigdefault(&attributes, &allSignals)
    #if canImport(Darwin)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_CLOEXEC_DEFAULT))
    #else
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
    #endif

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

#if canImport(Glibc)
/// glibc's posix_spawn_file_actions_addclosefrom_np (2.34 and later), which Swift's Glibc module does not
/// declare.
private typealias AddCloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32
private let addCloseFrom: AddCloseFrom? = dlsym(nil, "posix_spawn_file_actions_addclosefrom_np").map {
    unsafeBitCast($0, to: AddCloseFrom.self)
}

/// Closes every descriptor above 2 in the spawned child: with closefrom where the C library has it,
/// otherwise each descriptor open now.
private func closeInheritedDescriptors(_ actions: inout posix_spawn_file_actions_t) {
    if let addCloseFrom, addCloseFrom(&actions, 3) == 0 { return }
    for name in (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? [] {
        if let fd = Int32(name), fd > 2 { posix_spawn_file_actions_addclose(&actions, fd) }
    }
}
#endif

/// A private tmux server with one pane running optout, driven like a person at a terminal.
public final class TmuxPane {
    public let tmux: String
    /// The optout binary the pane runs: the built one, or the installed release build.
    public let binary: String
    public let socket = "optout-tui-\(UUID().uuidString.prefix(8))"
    public let folder: URL
    public let stateFile: String

    public init(tmux: String, binary: String = OptOutBinary.built) throws {
        self.tmux = tmux
        self.binary = binary
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("optout-tui-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        stateFile = folder.appendingPathComponent("progress.json").path
        // Keep the pane after the program exits, so its last output can be read; panes get
        // TERM=xterm-256color (tmux would otherwise set its own default-terminal).
        try "set -g remain-on-exit on\nset -g history-limit 5000\nset -g default-terminal xterm-256color\n"
            .write(to: folder.appendingPathComponent("tmux.conf"), atomically: true, encoding: .utf8)
    }

    public var environment: [String: String] {
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
    public func tmux(_ arguments: [String]) throws -> String {
        let result = try runProgram(tmux, ["-u", "-L", socket, "-f", folder.appendingPathComponent("tmux.conf").path] + arguments,
                                    environment: environment)
        return result.output
    }

    /// Starts `command` (run directly, no shell) in a new detached session of the given size.
    public func start(_ command: [String], columns: Int = 80, rows: Int = 24) throws {
        var arguments = ["new-session", "-d", "-s", "main", "-x", "\(columns)", "-y", "\(rows)"]
        for (key, value) in environment { arguments += ["-e", "\(key)=\(value)"] }
        try tmux(arguments + command)
    }

    /// Where the pane's shell writes optout's exit status. (tmux 3.3 loses `pane_dead_status`
    /// now and then when a program exits while tmux updates utmp, so the tests do not rely on it.)
    public var statusFile: String { folder.appendingPathComponent("status").path }

    /// optout run by a shell that writes its exit status when it ends.
    public var optoutCommand: [String] {
        ["sh", "-c", "rm -f \"$1\"; \"$0\"; echo $? > \"$1\"", binary, statusFile]
    }

    public func startOptout(columns: Int = 80, rows: Int = 24) throws {
        try start(optoutCommand, columns: columns, rows: rows)
    }

    /// Starts optout again in the same pane after the last one exited.
    public func restartOptout() throws {
        try? FileManager.default.removeItem(atPath: statusFile)
        var arguments = ["respawn-pane", "-k", "-t", "main"]
        for (key, value) in environment { arguments += ["-e", "\(key)=\(value)"] }
        try tmux(arguments + optoutCommand)
    }

    /// Starts optout (with `arguments`) under a shell that records, in the pane's folder: its process id
    /// (`pid`), the terminal settings before and after it ran (`before`, `after` from `stty -g`, and
    /// `after-all` from `stty -a`) and its exit status (`status`). Then the shell says so (`recordedRunEnded`) and
    /// copies whatever reaches the terminal afterwards to `after-input` through `cat -v`, so a test can see
    /// the modes optout left behind (bracketed paste shows as `^[[200~`). `setup` is shell text run first
    /// (`trap '' HUP;`, `unset LANG;`, `export ESCDELAY=2000;`).
    public func startRecorded(arguments: [String] = [], setup: String = "", columns: Int = 80, rows: Int = 24) throws {
        let quoted = ([binary] + arguments).map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }
        let script = """
            cd '\(folder.path)'; stty -g > before; \(setup) sh -c 'echo $$ > pid; exec "$0" "$@"' \(quoted.joined(separator: " ")); \
            echo $? > status; stty -g > after; stty -a > after-all; echo \(Self.recordedRunEnded); exec cat -v > after-input
            """
        try start(["sh", "-c", script], columns: columns, rows: rows)
    }

    /// What the shell of `startRecorded` prints once optout has ended and everything is recorded.
    public static let recordedRunEnded = "== the recorded run ended =="

    /// The process id `startRecorded` wrote, once it is there. A file that does not hold a process id above 1
    /// fails the test: a pid of -1 would reach every process the user may signal, and 0 the test's own group.
    public func recordedPid(sourceLocation: SourceLocation = #_sourceLocation) throws -> pid_t {
        let path = folder.appendingPathComponent("pid").path
        var text = ""
        try waitFor("the pid file", sourceLocation: sourceLocation) { _ in
            text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
            return text.hasSuffix("\n")
        }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        let pid = try #require(pid_t(trimmed), "the pid file holds \"\(trimmed)\", not a process id", sourceLocation: sourceLocation)
        try #require(pid > 1, "the pid file holds \(pid), not the process the pane started", sourceLocation: sourceLocation)
        return pid
    }

    /// Sends `signal` to the optout `startRecorded` started (its id from `recordedPid`). On Linux the process
    /// must still be this pane's binary (`/proc/<pid>/exe`), so a number the system gave to another process
    /// since is never signalled. Returns kill's result.
    public func signalRecorded(_ signal: Int32, sourceLocation: SourceLocation = #_sourceLocation) throws -> Int32 {
        let pid = try recordedPid(sourceLocation: sourceLocation)
        #if os(Linux)
        // (The shell writes the id just before it execs optout.)
        let expected = URL(fileURLWithPath: binary).resolvingSymlinksInPath().path
        var running = ""
        let deadline = Date().addingTimeInterval(10)
        repeat {
            running = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/\(pid)/exe")) ?? ""
            if running == expected { break }
            usleep(20_000)
        } while Date() < deadline
        try #require(running == expected, "process \(pid) runs \"\(running)\", not \(expected)", sourceLocation: sourceLocation)
        #endif
        return kill(pid, signal)
    }

    /// A file `startRecorded` wrote in the pane's folder, trimmed.
    public func recorded(_ name: String) -> String {
        let text = (try? String(contentsOfFile: folder.appendingPathComponent(name).path, encoding: .utf8)) ?? ""
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Pastes `text` as a terminal does (`paste-buffer -p`: wrapped in bracketed-paste marks when the
    /// program asked for them). Line feeds reach the program as carriage returns, as from a keyboard.
    public func paste(_ text: String) throws {
        let file = folder.appendingPathComponent("paste-\(UUID().uuidString.prefix(8))").path
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        try tmux(["load-buffer", "-b", "optout-test", file])
        try tmux(["paste-buffer", "-p", "-b", "optout-test", "-t", "main"])
    }

    /// Pastes `text` as a terminal without bracketed paste does (`paste-buffer` without `-p`): the
    /// bytes arrive at once, unmarked, line feeds as carriage returns.
    public func pasteUnmarked(_ text: String) throws {
        let file = folder.appendingPathComponent("paste-\(UUID().uuidString.prefix(8))").path
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        try tmux(["load-buffer", "-b", "optout-test", file])
        try tmux(["paste-buffer", "-b", "optout-test", "-t", "main"])
    }

    /// Presses keys, then pauses as a person would between keys. (optout takes a block of lines that
    /// arrives at once for a paste from a terminal that does not mark pastes; keys sent faster than
    /// anyone types could arrive together and be taken for one.)
    public func keys(_ keys: String...) throws {
        try tmux(["send-keys", "-t", "main"] + keys)
        usleep(Self.pauseBetweenKeys)
    }

    /// Types text as one burst, then pauses as `keys` does.
    public func type(_ text: String) throws {
        try tmux(["send-keys", "-t", "main", "-l", text])
        usleep(Self.pauseBetweenKeys)
    }

    /// The pause after each `keys` and `type`, in microseconds: shorter than a person's, long
    /// enough that the next keys arrive apart.
    static let pauseBetweenKeys: UInt32 = 20_000

    /// The visible screen with its colours and attributes as escape sequences. With
    /// `trailingSpaces`, blanks at the ends of lines are kept (they may carry a background colour);
    /// with `history`, everything since the pane started.
    public func screenWithAttributes(trailingSpaces: Bool = false, history: Bool = false) throws -> String {
        try tmux(["capture-pane", "-p", "-e", "-t", "main"] + (trailingSpaces ? ["-N"] : []) + (history ? ["-S", "-"] : []))
    }

    /// The visible screen, or with `history` everything since the pane started. Lines the terminal
    /// wrapped are joined again, so long output reads as it was printed.
    public func screen(history: Bool = false) throws -> String {
        try tmux(["capture-pane", "-p", "-J", "-t", "main"] + (history ? ["-S", "-"] : []))
    }

    /// The screen with its line breaks as spaces, so a sentence optout wrapped can be found whole.
    public func flatScreen(history: Bool = false) throws -> String {
        try screen(history: history).replacingOccurrences(of: "\n", with: " ")
    }

    /// Polls the screen until `condition` holds; fails the test with the last screen after `timeout`.
    @discardableResult
    public func waitFor(
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

    /// Polls until `condition` holds and the screen stays the same for `quiet` seconds: a frame that is
    /// still being drawn can already show what the condition looks for.
    @discardableResult
    public func waitForSettled(
        _ what: String, quiet: TimeInterval = 0.15, timeout: TimeInterval = 10,
        sourceLocation: SourceLocation = #_sourceLocation, _ condition: (String) -> Bool
    ) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = try waitFor(what, timeout: timeout, sourceLocation: sourceLocation, condition)
        while Date() < deadline {
            usleep(UInt32(quiet * 1_000_000))
            let now = try screen()
            if now == last, condition(now) { return now }
            last = now
        }
        Issue.record("The screen did not settle on \(what). The screen was:\n\(last)", sourceLocation: sourceLocation)
        throw CancellationError()
    }

    /// Polls until the screen shows `text`, on one line or wrapped over several (optout wraps its
    /// sentences to the terminal).
    @discardableResult
    public func waitFor(_ text: String, history: Bool = false, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let words = Self.words(text)
        return try waitFor("\"\(text)\"", history: history, sourceLocation: sourceLocation) {
            $0.contains(text) || Self.words($0).contains(words)
        }
    }

    /// Text with every run of white space (line breaks too) as one space.
    static func words(_ text: String) -> String { text.split(whereSeparator: \.isWhitespace).joined(separator: " ") }

    public func display(_ format: String) throws -> String {
        try tmux(["display-message", "-p", "-t", "main", format]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Waits for optout in the pane to exit and returns its exit status.
    public func exitStatus(sourceLocation: SourceLocation = #_sourceLocation) throws -> Int32 {
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

    public func optout(_ arguments: [String]) throws -> (status: Int32, output: String) {
        try runProgram(binary, arguments, environment: environment)
    }

    /// Stops the tmux server and removes its socket and the test's folder.
    public func close() {
        let socketPath = (try? display("#{socket_path}")) ?? ""
        _ = try? tmux(["kill-server"])
        if !socketPath.isEmpty { unlink(socketPath) }
        try? FileManager.default.removeItem(at: folder)
    }
}

