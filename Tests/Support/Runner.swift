import Foundation
import OptOutCore
import OptOutSystem
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// Runs the `optout` binary as a person or a script would: keeps raw bytes of its output, can wrap it in a
// shell (umask, ulimit, trap) or another tool (strace, setpriv, unshare), and gives each test its own
// folder and progress file.

/// A finished run of the binary, with its output as raw bytes.
public struct RunResult {
    public var status: Int32
    /// The signal that ended it, if one did.
    public var signal: Int32?
    public var stdoutData: Data
    public var stderrData: Data
    public var seconds: Double
    public var stdout: String { String(decoding: stdoutData, as: UTF8.self) }
    public var stderr: String { String(decoding: stderrData, as: UTF8.self) }
    /// Standard output with each line break (and the indent after it) as one space, so a sentence that
    /// was wrapped can be found whole.
    public var flatStdout: String { stdout.replacingOccurrences(of: "\n *", with: " ", options: .regularExpression) }
    public var exitedNormally: Bool { signal == nil }
}

/// One test's own folder and progress file, and ways to run `optout` on it.
public struct Runner {
    public let folder: String
    /// The binary this runner runs: the built one, or a copy (e.g. where `nobody` can reach it).
    public var executable = Runner.binary
    /// Variables this runner sets on top of its usual environment, and ones it removes.
    public var environmentOverrides: [String: String] = [:]
    public var environmentRemovals: [String] = []
    public var stateFolder: String { folder + "/state" }
    public var statePath: String { stateFolder + "/progress.json" }

    public init(_ name: String = "rel") {
        folder = NSTemporaryDirectory() + "optout-\(name)-\(UUID().uuidString.prefix(8))"
        try! FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        // The SIGKILL and pipe tests write to children that may be gone; that must not end the test process.
        signal(SIGPIPE, SIG_IGN)
    }

    public func cleanUp() {
        // Folders made read-only by a test must be writable again before they can be removed.
        _ = try? Runner.shell("chmod -R u+rwX '\(folder)' 2>/dev/null; rm -rf '\(folder)'")
    }

    /// The `optout` binary built beside the test bundle.
    public static var binary: String { OptOutBinary.built }

    public var environment: [String: String] {
        var env = ProcessInfo.processInfo.environment
        env["OPTOUT_STATE_FILE"] = statePath
        env["HOME"] = folder
        env["TERM"] = "dumb"
        env["SWIFT_BACKTRACE"] = "enable=no"
        env.removeValue(forKey: "XDG_STATE_HOME")
        env.removeValue(forKey: "ACCESSIBLE")
        // optout speaks English here, whatever the language of whoever runs the tests; a test that wants
        // another language sets it.
        env["LANG"] = "C.UTF-8"
        for name in ["LANGUAGE", "LC_ALL", "LC_MESSAGES"] { env.removeValue(forKey: name) }
        // Under `swift test --sanitize=address` the binary is built with ASan too. Its LeakSanitizer reports
        // Swift globals whose enum payload pointers carry tag bits as leaks, and it cannot run at all under
        // strace (it needs ptrace itself), so leak checking is off unless the caller chose otherwise.
        if env["ASAN_OPTIONS"] == nil { env["ASAN_OPTIONS"] = "detect_leaks=0" }
        env.merge(environmentOverrides) { $1 }
        for name in environmentRemovals { env.removeValue(forKey: name) }
        return env
    }

    /// A runner with its own folder that runs the given build (promises about files and outputs are
    /// checked on the debug build and on the installed release build).
    public init(_ name: String, binary: BuildUnderTest) throws {
        self.init(name + (binary == .built ? "-dbg" : "-rel"))
        executable = try binary.path()
    }

    /// The same runner with some variables set and others removed.
    public func withEnvironment(_ set: [String: String], removing: [String]) -> Runner {
        var copy = self
        copy.environmentOverrides.merge(set) { $1 }
        copy.environmentRemovals += removing
        return copy
    }

    /// The command line for `optout arguments`, run through `wrapper` when given: a shell script that ends in
    /// `exec "$0" "$@"` (e.g. `umask 022; exec "$0" "$@"`), and/or a tool prefix such as `["strace", ...]`.
    public func commandLine(_ arguments: [String], shell script: String? = nil, prefix: [String] = []) -> [String] {
        var command = [executable] + arguments
        if let script { command = ["/bin/sh", "-c", script] + command }
        return prefix + command
    }

    /// A `Process` for `optout arguments` in this runner's folder and environment, not yet started, for a
    /// test that wires its standard streams itself.
    public func process(_ arguments: [String], extraEnvironment: [String: String] = [:]) -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.environment = environment.merging(extraEnvironment) { $1 }
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        return process
    }

    /// Runs `optout` with `input` on standard input (closed after it), and waits for it.
    @discardableResult
    public func run(
        _ arguments: [String], input: Data = Data(), shell script: String? = nil, prefix: [String] = [],
        extraEnvironment: [String: String] = [:], timeout: Double = 60
    ) throws -> RunResult {
        try Runner.execute(
            commandLine(arguments, shell: script, prefix: prefix), input: input,
            environment: environment.merging(extraEnvironment) { $1 }, folder: folder, timeout: timeout)
    }

    @discardableResult
    public func run(
        _ arguments: [String], input: String, shell script: String? = nil, prefix: [String] = [],
        extraEnvironment: [String: String] = [:], timeout: Double = 60
    ) throws -> RunResult {
        try run(arguments, input: Data(input.utf8), shell: script, prefix: prefix, extraEnvironment: extraEnvironment, timeout: timeout)
    }

    /// Runs any command with files for its standard streams (so output size and timing do not matter).
    public static func execute(
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
        try startingProcess { try process.run() }
        let deadline = started.addingTimeInterval(timeout)
        while process.isRunning, Date() < deadline { usleep(2_000) }
        if process.isRunning {
            sendSignal(process.processIdentifier, SIGKILL)
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
    public static func shell(_ script: String) throws -> String {
        let result = try execute(
            ["/bin/sh", "-c", script], input: Data(), environment: ProcessInfo.processInfo.environment,
            folder: NSTemporaryDirectory())
        guard result.status == 0, result.exitedNormally else {
            throw ShellError(script: script, status: result.status, stderr: result.stderr)
        }
        return result.stdout
    }

    public struct ShellError: Error, CustomStringConvertible {
        public var script: String, status: Int32, stderr: String
        public var description: String { "`\(script)` failed with \(status): \(stderr)" }
    }

    // MARK: The progress file

    public func writeState(_ data: Data, to path: String? = nil) throws {
        let path = path ?? statePath
        try FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try data.write(to: URL(fileURLWithPath: path))
    }

    public func writeState(_ text: String) throws { try writeState(Data(text.utf8)) }

    public func stateBytes(_ path: String? = nil) -> Data? { FileManager.default.contents(atPath: path ?? statePath) }

    /// The saved progress, decoded as optout decodes it.
    public func loadState(_ path: String? = nil) throws -> WalkthroughProgress {
        try #require(try ProgressStore(path: path ?? statePath).load())
    }

    /// Temporary files a save leaves while it runs (`.progress.json.tmp-*`) in a folder.
    public func temporaryFiles(in folder: String? = nil) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder ?? stateFolder)) ?? []
        return names.filter { $0.contains(".tmp-") }
    }

    /// The `Fixtures` folder beside the calling test file.
    public static func fixtureFolder(file: String = #filePath) -> String {
        (file as NSString).deletingLastPathComponent + "/Fixtures"
    }

    /// A fixture's bytes, from the `Fixtures` folder beside the calling test file.
    public static func fixture(_ name: String, file: String = #filePath) throws -> Data {
        try Data(contentsOf: URL(fileURLWithPath: fixtureFolder(file: file) + "/" + name))
    }

    /// A fixture's text, from the `Fixtures` folder beside the calling test file.
    public static func fixtureText(_ name: String, file: String = #filePath) throws -> String {
        String(decoding: try fixture(name, file: file), as: UTF8.self)
    }
}

/// File metadata a test compares before and after.
public struct FileInfo: Equatable {
    public var mode: mode_t, inode: UInt64, size: Int64, modified: Int
    public var isLink: Bool

    public init?(_ path: String, followLinks: Bool = true) {
        var info = stat()
        guard (followLinks ? stat(path, &info) : lstat(path, &info)) == 0 else { return nil }
        mode = info.st_mode & 0o7777
        inode = UInt64(info.st_ino)
        size = Int64(info.st_size)
        modified = Int(info.st_mtim.tv_sec) * 1_000_000_000 + Int(info.st_mtim.tv_nsec)
        isLink = (info.st_mode & S_IFMT) == S_IFLNK
    }
}

/// The first thing in `bytes` that must not reach a terminal: invalid UTF-8, or a scalar that
/// `TerminalSafeText.needsReplacing` (C0 but the newline, DEL, C1, bidi controls). Nil when the bytes are safe.
public func terminalHazard(in bytes: Data) -> String? {
    guard let text = String(validating: bytes, as: UTF8.self) else {
        return "the output is not valid UTF-8"
    }
    for (offset, scalar) in text.unicodeScalars.enumerated() where scalar != "\n" && TerminalSafeText.needsReplacing(scalar) {
        let context = String(String.UnicodeScalarView(text.unicodeScalars.dropFirst(max(0, offset - 30)).prefix(60)))
        return "U+\(String(scalar.value, radix: 16, uppercase: true)) at scalar \(offset), near \(context.debugDescription)"
    }
    return nil
}

