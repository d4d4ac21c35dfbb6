import Foundation
import OptOutCore
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// Test targets cannot share files, so this is an extended copy of Tests/EndToEndTests/BinaryRunner.swift:
// it runs the built `optout` binary as a person or a script would, keeps raw bytes of its output, can wrap
// it in a shell (umask, ulimit, trap) or another tool (strace, setpriv, unshare), and can drive a live run
// through pipes, answer by answer, to kill it at a chosen moment.

/// True when the tests run in CI (`CI` set to a non-empty value): tools a test needs must then be there.
let inCI = !(ProcessInfo.processInfo.environment["CI"] ?? "").isEmpty

/// Where a command could be found on PATH, or nil.
func which(_ tool: String) -> String? {
    for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
        let path = "\(dir)/\(tool)"
        if access(path, X_OK) == 0 { return path }
    }
    return nil
}

/// A finished run of the binary, with its output as raw bytes.
struct RunResult {
    var status: Int32
    /// The signal that ended it, if one did.
    var signal: Int32?
    var stdoutData: Data
    var stderrData: Data
    var seconds: Double
    var stdout: String { String(decoding: stdoutData, as: UTF8.self) }
    var stderr: String { String(decoding: stderrData, as: UTF8.self) }
    /// Standard output with line breaks as spaces, so a sentence plain mode wrapped can be found whole.
    var flatStdout: String { stdout.replacingOccurrences(of: "\n", with: " ") }
    var exitedNormally: Bool { signal == nil }
}

/// One test's own folder and progress file, and ways to run `optout` on it.
struct Runner {
    let folder: String
    /// The binary this runner runs: the built one, or a copy (e.g. where `nobody` can reach it).
    var executable = Runner.binary
    var stateFolder: String { folder + "/state" }
    var statePath: String { stateFolder + "/progress.json" }

    init(_ name: String = "rel") {
        folder = NSTemporaryDirectory() + "optout-\(name)-\(UUID().uuidString.prefix(8))"
        try! FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        // The SIGKILL and pipe tests write to children that may be gone; that must not end the test process.
        signal(SIGPIPE, SIG_IGN)
    }

    func cleanUp() {
        // Folders made read-only by a test must be writable again before they can be removed.
        _ = try? Runner.shell("chmod -R u+rwX '\(folder)' 2>/dev/null; rm -rf '\(folder)'")
    }

    /// The `optout` binary built beside the test bundle.
    static var binary: String {
        let exe = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        var folder = (exe as NSString).deletingLastPathComponent
        while folder.contains(".xctest") { folder = (folder as NSString).deletingLastPathComponent }
        return folder + "/optout"
    }

    var environment: [String: String] {
        var env = ProcessInfo.processInfo.environment
        env["OPTOUT_STATE_FILE"] = statePath
        env["HOME"] = folder
        env["TERM"] = "dumb"
        env["SWIFT_BACKTRACE"] = "enable=no"
        env.removeValue(forKey: "XDG_STATE_HOME")
        env.removeValue(forKey: "ACCESSIBLE")
        // Under `swift test --sanitize=address` the binary is built with ASan too. Its LeakSanitizer reports
        // Swift globals whose enum payload pointers carry tag bits as leaks, and it cannot run at all under
        // strace (it needs ptrace itself), so leak checking is off unless the caller chose otherwise.
        if env["ASAN_OPTIONS"] == nil { env["ASAN_OPTIONS"] = "detect_leaks=0" }
        return env
    }

    /// The command line for `optout arguments`, run through `wrapper` when given: a shell script that ends in
    /// `exec "$0" "$@"` (e.g. `umask 022; exec "$0" "$@"`), and/or a tool prefix such as `["strace", ...]`.
    func commandLine(_ arguments: [String], shell script: String? = nil, prefix: [String] = []) -> [String] {
        var command = [executable] + arguments
        if let script { command = ["/bin/sh", "-c", script] + command }
        return prefix + command
    }

    /// Runs `optout` with `input` on standard input (closed after it), and waits for it.
    @discardableResult
    func run(
        _ arguments: [String], input: Data = Data(), shell script: String? = nil, prefix: [String] = [],
        extraEnvironment: [String: String] = [:], timeout: Double = 60
    ) throws -> RunResult {
        try Runner.execute(
            commandLine(arguments, shell: script, prefix: prefix), input: input,
            environment: environment.merging(extraEnvironment) { $1 }, folder: folder, timeout: timeout)
    }

    @discardableResult
    func run(
        _ arguments: [String], input: String, shell script: String? = nil, prefix: [String] = [],
        extraEnvironment: [String: String] = [:]
    ) throws -> RunResult {
        try run(arguments, input: Data(input.utf8), shell: script, prefix: prefix, extraEnvironment: extraEnvironment)
    }

    /// Runs any command with files for its standard streams (so output size and timing do not matter).
    static func execute(
        _ command: [String], input: Data, environment: [String: String], folder: String, timeout: Double = 60
    ) throws -> RunResult {
        let id = UUID().uuidString
        let outPath = folder + "/.out-\(id)", errPath = folder + "/.err-\(id)", inPath = folder + "/.in-\(id)"
        _ = FileManager.default.createFile(atPath: outPath, contents: nil)
        _ = FileManager.default.createFile(atPath: errPath, contents: nil)
        _ = FileManager.default.createFile(atPath: inPath, contents: input)
        defer { for path in [outPath, errPath, inPath] { unlink(path) } }
        let out = try FileHandle(forWritingTo: URL(fileURLWithPath: outPath))
        let err = try FileHandle(forWritingTo: URL(fileURLWithPath: errPath))
        let inp = try FileHandle(forReadingFrom: URL(fileURLWithPath: inPath))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: command[0])
        process.arguments = Array(command.dropFirst())
        process.environment = environment
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        process.standardOutput = out
        process.standardError = err
        process.standardInput = inp
        let started = Date()
        try process.run()
        let deadline = started.addingTimeInterval(timeout)
        while process.isRunning, Date() < deadline { usleep(2_000) }
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            Issue.record("\(command.joined(separator: " ")) did not end within \(timeout) s; killed")
        }
        process.waitUntilExit()
        let seconds = Date().timeIntervalSince(started)
        try out.close()
        try err.close()
        try inp.close()
        let killed = process.terminationReason == .uncaughtSignal
        return RunResult(
            status: process.terminationStatus, signal: killed ? process.terminationStatus : nil,
            stdoutData: FileManager.default.contents(atPath: outPath) ?? Data(),
            stderrData: FileManager.default.contents(atPath: errPath) ?? Data(), seconds: seconds)
    }

    /// Runs `/bin/sh -c script` and returns its standard output; throws when it fails.
    @discardableResult
    static func shell(_ script: String) throws -> String {
        let result = try execute(
            ["/bin/sh", "-c", script], input: Data(), environment: ProcessInfo.processInfo.environment,
            folder: NSTemporaryDirectory())
        guard result.status == 0, result.exitedNormally else {
            throw ShellError(script: script, status: result.status, stderr: result.stderr)
        }
        return result.stdout
    }

    struct ShellError: Error, CustomStringConvertible {
        var script: String, status: Int32, stderr: String
        var description: String { "`\(script)` failed with \(status): \(stderr)" }
    }

    // MARK: The progress file

    func writeState(_ data: Data, to path: String? = nil) throws {
        let path = path ?? statePath
        try FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try data.write(to: URL(fileURLWithPath: path))
    }

    func writeState(_ text: String) throws { try writeState(Data(text.utf8)) }

    func stateBytes(_ path: String? = nil) -> Data? { FileManager.default.contents(atPath: path ?? statePath) }

    /// The saved progress, decoded as optout decodes it.
    func loadState(_ path: String? = nil) throws -> WalkthroughProgress {
        try #require(try ProgressStore(path: path ?? statePath).load())
    }

    /// Temporary files a save leaves while it runs (`.progress.json.tmp-*`) in a folder.
    func temporaryFiles(in folder: String? = nil) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder ?? stateFolder)) ?? []
        return names.filter { $0.contains(".tmp-") }
    }

    static func fixtureFolder(file: String = #filePath) -> String {
        (file as NSString).deletingLastPathComponent + "/Fixtures"
    }

    static func fixture(_ name: String) throws -> Data {
        try Data(contentsOf: URL(fileURLWithPath: fixtureFolder() + "/" + name))
    }
}

/// File metadata a test compares before and after.
struct FileInfo: Equatable {
    var mode: mode_t, inode: UInt64, size: Int64, modified: Int
    var isLink: Bool

    init?(_ path: String, followLinks: Bool = true) {
        var info = stat()
        guard (followLinks ? stat(path, &info) : lstat(path, &info)) == 0 else { return nil }
        mode = info.st_mode & 0o7777
        inode = UInt64(info.st_ino)
        size = Int64(info.st_size)
        modified = Int(info.st_mtim.tv_sec) * 1_000_000_000 + Int(info.st_mtim.tv_nsec)
        isLink = (info.st_mode & S_IFMT) == S_IFLNK
    }
}

/// A run of `optout` driven live through pipes: answers are sent one by one, output is read as it comes,
/// and the run can be killed at any moment.
final class LiveRun {
    let process: Process
    private var input: Int32
    private let outputFD: Int32
    private(set) var output = Data()
    let stderrPath: String

    init(_ runner: Runner, _ arguments: [String] = [], shell script: String? = nil, prefix: [String] = [],
         extraEnvironment: [String: String] = [:]) throws {
        let command = runner.commandLine(arguments, shell: script, prefix: prefix)
        let stdinPipe = Pipe(), stdoutPipe = Pipe()
        stderrPath = runner.folder + "/.live-err-\(UUID().uuidString)"
        _ = FileManager.default.createFile(atPath: stderrPath, contents: nil)
        process = Process()
        process.executableURL = URL(fileURLWithPath: command[0])
        process.arguments = Array(command.dropFirst())
        process.environment = runner.environment.merging(extraEnvironment) { $1 }
        process.currentDirectoryURL = URL(fileURLWithPath: runner.folder)
        process.standardInput = stdinPipe
        process.standardOutput = stdoutPipe
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: stderrPath))
        try process.run()
        input = dup(stdinPipe.fileHandleForWriting.fileDescriptor)
        outputFD = dup(stdoutPipe.fileHandleForReading.fileDescriptor)
        try stdinPipe.fileHandleForWriting.close()
        try stdoutPipe.fileHandleForReading.close()
        _ = fcntl(input, F_SETFD, FD_CLOEXEC)
        _ = fcntl(outputFD, F_SETFD, FD_CLOEXEC)
        _ = fcntl(outputFD, F_SETFL, fcntl(outputFD, F_GETFL) | O_NONBLOCK)
    }

    deinit {
        if process.isRunning { sendSignal(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        closeInput()
        close(outputFD)
        unlink(stderrPath)
    }

    var pid: Int32 { process.processIdentifier }
    var text: String { String(decoding: output, as: UTF8.self) }
    /// The output with line breaks as spaces, so a sentence plain mode wrapped can be found whole.
    var flatText: String { text.replacingOccurrences(of: "\n", with: " ") }
    var stderr: String { (try? String(contentsOfFile: stderrPath, encoding: .utf8)) ?? "" }

    /// Sends text to the run's standard input. False when the run has gone (its input is closed).
    @discardableResult
    func send(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let n = bytes[offset...].withUnsafeBytes { posixWrite(input, $0.baseAddress, $0.count) }
            if n < 0 { if errno == EINTR { continue }; return false }
            offset += n
        }
        return true
    }

    func closeInput() {
        if input >= 0 { close(input) }
        input = -1
    }

    /// Reads what is there now, waiting at most `milliseconds` for something; false at end of output.
    @discardableResult
    private func readSome(waiting milliseconds: Int32) -> Bool {
        var poller = pollfd(fd: outputFD, events: Int16(POLLIN), revents: 0)
        _ = poll(&poller, 1, milliseconds)
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(outputFD, $0.baseAddress, $0.count) }
            if n > 0 { output.append(contentsOf: buffer[0..<n]); continue }
            if n == 0 { return false }
            return true  // EAGAIN: nothing more for now
        }
    }

    /// Waits until the output holds `marker` after `offset` bytes; the offset just past it, or nil on timeout
    /// or end of output.
    @discardableResult
    func waitFor(_ marker: String, after offset: Int = 0, timeout: Double = 20) -> Int? {
        let deadline = Date().addingTimeInterval(timeout)
        let needle = Data(marker.utf8)
        func find() -> Int? {
            guard offset <= output.count else { return nil }
            // Plain mode wraps long sentences at 78 columns: newlines count as spaces here (same length).
            let flat = Data(output[offset...].map { $0 == 0x0A ? 0x20 : $0 })
            return flat.range(of: needle).map { offset + ($0.upperBound - flat.startIndex) }
        }
        while true {
            if let end = find() { return end }
            if Date() >= deadline { return nil }
            if !readSome(waiting: 50) { return find() }
        }
    }

    /// How often `marker` occurs in the output.
    func count(_ marker: String) -> Int { text.components(separatedBy: marker).count - 1 }

    /// Kills the run with a signal and waits for it, then reads what it had written before it died.
    func kill(_ signal: Int32 = SIGKILL) {
        sendSignal(process.processIdentifier, signal)
        process.waitUntilExit()
        drain()
    }

    /// Reads the output to its end (the run has ended or is ending), within a deadline.
    func drain(timeout: Double = 20) {
        let deadline = Date().addingTimeInterval(timeout)
        while readSome(waiting: 50), Date() < deadline {}
    }

    /// Closes input, waits for the run to end, and returns its exit status.
    func finish(timeout: Double = 30) -> Int32 {
        closeInput()
        drain(timeout: timeout)
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning, Date() < deadline { usleep(2_000) }
        if process.isRunning { Issue.record("the run did not end"); sendSignal(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        return process.terminationStatus
    }
}

/// The first thing in `bytes` that must not reach a terminal: invalid UTF-8, or a scalar that
/// `TerminalSafeText.needsReplacing` (C0 but the newline, DEL, C1, bidi controls). Nil when the bytes are safe.
func terminalHazard(in bytes: Data) -> String? {
    guard let text = String(validating: bytes, as: UTF8.self) else {
        return "the output is not valid UTF-8"
    }
    for (offset, scalar) in text.unicodeScalars.enumerated() where scalar != "\n" && TerminalSafeText.needsReplacing(scalar) {
        let context = String(String.UnicodeScalarView(text.unicodeScalars.dropFirst(max(0, offset - 30)).prefix(60)))
        return "U+\(String(scalar.value, radix: 16, uppercase: true)) at scalar \(offset), near \(context.debugDescription)"
    }
    return nil
}

/// Seconds since a start, for the figures the tests print (docs/reliability.md records them).
func since(_ start: Date) -> String { String(format: "%.2f", Date().timeIntervalSince(start)) }

/// Prints a figure for docs/reliability.md, marked so it can be found in a test log.
func figure(_ text: String) { print("[reliability figure] \(text)") }

func posixWrite(_ fd: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int {
    #if canImport(Glibc)
    Glibc.write(fd, buffer, count)
    #else
    Darwin.write(fd, buffer, count)
    #endif
}

func sendSignal(_ pid: Int32, _ signal: Int32) {
    _ = kill(pid, signal)
}
