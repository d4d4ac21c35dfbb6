import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// True when the tests run in CI (`CI` set to a non-empty value): tools a test needs must then be there,
/// and goldens are never rewritten.
public let inCI = !(ProcessInfo.processInfo.environment["CI"] ?? "").isEmpty

/// Where a command could be found on PATH, or nil.
public func which(_ tool: String) -> String? {
    for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
        let path = "\(dir)/\(tool)"
        if access(path, X_OK) == 0 { return path }
    }
    return nil
}

/// Seconds since a start, for the figures the tests print (docs/reliability.md records them).
public func since(_ start: Date) -> String { String(format: "%.2f", Date().timeIntervalSince(start)) }

/// Prints a figure for docs/reliability.md, marked so it can be found in a test log.
public func figure(_ text: String) { print("[reliability figure] \(text)") }

/// The system `write`, named apart from Swift methods called `write`.
public func posixWrite(_ fd: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int {
    #if canImport(Glibc)
    Glibc.write(fd, buffer, count)
    #else
    Darwin.write(fd, buffer, count)
    #endif
}

/// Sends a signal to a process a test started. A process id of 1 or less is never signalled (kill(0) would
/// signal the test's own process group, and a pid of -1 every process the user may signal): the test fails.
public func sendSignal(_ pid: Int32, _ signal: Int32, sourceLocation: SourceLocation = #_sourceLocation) {
    guard pid > 1 else {
        Issue.record("refused to send signal \(signal) to process id \(pid)", sourceLocation: sourceLocation)
        return
    }
    _ = kill(pid, signal)
}

/// Runs `body`, which starts a process (and makes the pipes it gets), while no other test starts one.
///
/// On Linux, Foundation's `Process.run()` closes in the child the descriptors it finds open, then spawns
/// it. A descriptor another thread makes in between stays open in that child for its whole life: a pipe
/// end (the other run never sees the end of its input), or the socket through which Foundation learns that
/// its child ended (that run then never ends: `isRunning` stays true). With every start and the pipes made
/// for it inside this lock, no start can take the descriptors of another.
public func startingProcess<T>(_ body: () throws -> T) rethrows -> T {
    processStartLock.lock()
    defer { processStartLock.unlock() }
    return try body()
}

private let processStartLock = NSLock()

/// Copies an executable with `cp`, so the copy is never open for writing in this process, where a
/// process another test starts at that moment could inherit it and running the copy would fail with
/// ETXTBSY ("Text file busy") for as long as that process lives.
public func copyExecutable(_ source: String, to destination: String) throws {
    try Runner.shell("cp '\(source)' '\(destination)' && chmod 755 '\(destination)'")
}

/// A fresh temporary folder whose name starts with `optout-<name>-`; the caller removes it.
public func makeTemporaryFolder(_ name: String) -> String {
    let path = NSTemporaryDirectory() + "optout-\(name)-\(UUID().uuidString.prefix(8))"
    try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}
