import Foundation
import OptOutCore
import OptOutPlain
import OptOutTestSupport
import Testing

/// Plain mode reads standard input a line at a time with a bounded buffer: input with no line break
/// (`optout < /dev/zero`) ends the run with a sentence instead of taking all the memory.
@Suite("Endless input", .ownThreads)
struct EndlessInputTests {
    @Test(arguments: BuildUnderTest.allCases)
    func aLineWithNoEndEndsTheInputWithinBoundedMemory(binary: BuildUnderTest) throws {
        let cli = try Runner("endless", binary: binary)
        defer { cli.cleanUp() }
        // 400 MB is far more than 16 MiB of line, far less than an unbounded read.
        let bound = MemoryBound(megabytes: 400, for: cli.executable, redirect: "< /dev/zero")
        let result = try cli.run([], shell: bound.shell, extraEnvironment: bound.environment, timeout: 60)
        #expect(result.exitedNormally, "killed by signal \(result.signal ?? 0): \(result.stderr.suffix(300))")
        #expect(result.status == 1, "\(result.stderr.suffix(300))")
        #expect(result.flatStdout.contains("Input ended: a line was longer than 16 MiB, more than any answer."))
        #expect(result.flatStdout.contains("Progress saved to"))
    }

    @Test func linesAreSplitAtLineFeedsWithCarriageReturnsDroppedAndBadBytesReplaced() throws {
        var pipe: [Int32] = [0, 0]
        try #require(Foundation.pipe(&pipe) == 0)
        let bytes: [UInt8] = Array("one\r\ntwo\n\nthr".utf8) + [0xFF] + Array("ee".utf8)
        #expect(bytes.withUnsafeBytes { posixWrite(pipe[1], $0.baseAddress, $0.count) } == bytes.count)
        close(pipe[1])
        defer { close(pipe[0]) }
        var lines = StandardInputLines(descriptor: pipe[0])
        #expect(Self.all(&lines) == ["one", "two", "", "thr\u{FFFD}ee"])
        #expect(lines.whyItEnded == nil)
    }

    @Test func aLineOverTheLimitEndsTheInput() throws {
        var pipe: [Int32] = [0, 0]
        try #require(Foundation.pipe(&pipe) == 0)
        let bytes = Array("short\n".utf8) + [UInt8](repeating: 0x61, count: 300) + Array("\nafter\n".utf8)
        #expect(bytes.withUnsafeBytes { posixWrite(pipe[1], $0.baseAddress, $0.count) } == bytes.count)
        close(pipe[1])
        defer { close(pipe[0]) }
        var lines = StandardInputLines(descriptor: pipe[0], maximumLineBytes: 100)
        #expect(Self.all(&lines) == ["short"])
        #expect(lines.whyItEnded == "Input ended: a line was longer than 100 bytes, more than any answer.")
    }

    static func all(_ lines: inout StandardInputLines) -> [String] {
        var read: [String] = []
        while let line = lines.nextLine() { read.append(line) }
        return read
    }
}
