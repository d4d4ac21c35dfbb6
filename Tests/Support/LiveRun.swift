import Foundation
import OptOutCore
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A run of `optout` driven live through pipes: answers are sent one by one, output is read as it comes,
/// and the run can be killed at any moment.
public final class LiveRun {
    public let process: Process
    private var input: Int32
    private let outputFD: Int32
    public private(set) var output = Data()
    public let stderrPath: String

    public init(_ runner: Runner, _ arguments: [String] = [], shell script: String? = nil, prefix: [String] = [],
         extraEnvironment: [String: String] = [:]) throws {
        let command = runner.commandLine(arguments, shell: script, prefix: prefix)
        stderrPath = runner.folder + "/.live-err-\(UUID().uuidString)"
        _ = FileManager.default.createFile(atPath: stderrPath, contents: nil)
        process = Process()
        process.executableURL = URL(fileURLWithPath: command[0])
        process.arguments = Array(command.dropFirst())
        process.environment = runner.environment.merging(extraEnvironment) { $1 }
        process.currentDirectoryURL = URL(fileURLWithPath: runner.folder)
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: stderrPath))
        // The pipes are made, and this process's ends closed or marked close-on-exec, before another
        // process can start: no other child may hold an end of them.
        (input, outputFD) = try startingProcess { [process] in
            let stdinPipe = Pipe(), stdoutPipe = Pipe()
            process.standardInput = stdinPipe
            process.standardOutput = stdoutPipe
            try process.run()
            let input = fcntl(stdinPipe.fileHandleForWriting.fileDescriptor, F_DUPFD_CLOEXEC, 0)
            let output = fcntl(stdoutPipe.fileHandleForReading.fileDescriptor, F_DUPFD_CLOEXEC, 0)
            try stdinPipe.fileHandleForWriting.close()
            try stdoutPipe.fileHandleForReading.close()
            return (input, output)
        }
        _ = fcntl(outputFD, F_SETFL, fcntl(outputFD, F_GETFL) | O_NONBLOCK)
    }

    deinit {
        if process.isRunning { sendSignal(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        closeInput()
        close(outputFD)
        unlink(stderrPath)
    }

    public var pid: Int32 { process.processIdentifier }
    public var text: String { String(decoding: output, as: UTF8.self) }
    /// The output with line breaks as spaces, so a sentence plain mode wrapped can be found whole.
    public var flatText: String { text.replacingOccurrences(of: "\n", with: " ") }
    public var stderr: String { (try? String(contentsOfFile: stderrPath, encoding: .utf8)) ?? "" }

    /// Sends text to the run's standard input. False when the run has gone (its input is closed).
    @discardableResult
    public func send(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let n = bytes[offset...].withUnsafeBytes { posixWrite(input, $0.baseAddress, $0.count) }
            if n < 0 { if errno == EINTR { continue }; return false }
            offset += n
        }
        return true
    }

    public func closeInput() {
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
    public func waitFor(_ marker: String, after offset: Int = 0, timeout: Double = 20) -> Int? {
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
    public func count(_ marker: String) -> Int { text.components(separatedBy: marker).count - 1 }

    /// Kills the run with a signal and waits for it, then reads what it had written before it died.
    public func kill(_ signal: Int32 = SIGKILL) {
        sendSignal(process.processIdentifier, signal)
        process.waitUntilExit()
        drain()
    }

    /// Reads the output to its end (the run has ended or is ending), within a deadline.
    public func drain(timeout: Double = 20) {
        let deadline = Date().addingTimeInterval(timeout)
        while readSome(waiting: 50), Date() < deadline {}
    }

    /// Closes input, waits for the run to end, and returns its exit status.
    public func finish(timeout: Double = 30) -> Int32 {
        closeInput()
        drain(timeout: timeout)
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning, Date() < deadline { usleep(2_000) }
        if process.isRunning { Issue.record("the run did not end"); sendSignal(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        return process.terminationStatus
    }
}

