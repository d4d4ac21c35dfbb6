import Foundation
import OptOutCore
import OptOutTestSupport
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Promise 22, under strace: every folder optout creates is flushed in its parent; a folder flush that fails
/// after a good rename is told as "saved, but not yet flushed", not as a failed save; and the temporary file of
/// an output write that was killed is removed by the next write of that output.
@Suite("Durability (strace)", .ownThreads)
struct DurabilityTests {
    /// Runs optout under strace with extra strace options (fault injection), logging to a file.
    func straced(_ cli: Runner, _ arguments: [String], input: String, strace options: [String]) throws -> (RunResult, String) {
        let log = cli.folder + "/.strace-\(UUID().uuidString)"
        defer { unlink(log) }
        let result = try cli.run(arguments, input: Data(input.utf8), prefix: ["/usr/bin/env", "strace", "-f", "-o", log] + options)
        return (result, (try? String(contentsOfFile: log, encoding: .utf8)) ?? "")
    }

    @Test(.enabled(if: straceNeeded, "needs strace (always run in CI)"), arguments: BuildUnderTest.allCases)
    func everyFolderOptoutCreatesIsFlushedInItsParent(binary: BuildUnderTest) throws {
        try #require(straceAvailable, "strace is missing: .ci/run installs it (apt-get install strace)")
        let cli = try Runner("mkdirsync", binary: binary)
        defer { cli.cleanUp() }
        let path = cli.folder + "/new/deeper/progress.json"
        let (result, calls, _) = try cli.traced(["--state-file", path], input: "d\nq\n", calls: "mkdir,mkdirat,openat,open,fsync,close")
        #expect(result.status == 1, "\(result.stderr)")
        var flushed: [String] = []
        for (index, call) in calls.enumerated() where call.name.hasPrefix("mkdir") && call.succeeded {
            let made = try #require(call.quoted.first)
            let parent = (made as NSString).deletingLastPathComponent
            // After the mkdir: the parent opened as a folder, and that descriptor flushed.
            var parentFD: Int?
            for next in calls[(index + 1)...] where next.pid == call.pid {
                if next.name.hasPrefix("open"), next.quoted.first == parent, next.arguments.contains("O_DIRECTORY") {
                    parentFD = next.returnedValue
                } else if next.name == "fsync", let fd = parentFD, next.descriptor == fd, next.succeeded {
                    flushed.append(made)
                    break
                } else if next.name.hasPrefix("mkdir") {
                    break
                }
            }
        }
        #expect(flushed == [cli.folder + "/new", cli.folder + "/new/deeper"], "folders made and flushed in their parent: \(flushed)")
        figure("folder flush: \(flushed.count) folders created, each flushed in its parent")
    }

    @Test(.enabled(if: straceNeeded, "needs strace (always run in CI)"), arguments: BuildUnderTest.allCases)
    func aFolderFlushThatFailsAfterTheRenameIsToldAsSavedButNotFlushed(binary: BuildUnderTest) throws {
        try #require(straceAvailable, "strace is missing: .ci/run installs it (apt-get install strace)")
        let cli = try Runner("dirsyncfail", binary: binary)
        defer { cli.cleanUp() }
        #expect(try cli.run([], input: "d\nq\n").status == 1)
        // Resuming saves: fsync of the temporary file (1), then of the folder (2), which fails with EIO.
        let (result, log) = try straced(
            cli, [], input: "1\nn after the failed flush\nq\n",
            strace: ["-e", "trace=fsync", "-e", "inject=fsync:error=EIO:when=2"])
        #expect(log.contains("fsync(") && log.contains("EIO"), "the fault was injected: \(log.suffix(400))")
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.flatStdout.contains("Progress saved to \(cli.statePath), but not yet flushed to disk: input/output error."),
                "\(result.stdout.suffix(600))")
        #expect(!result.flatStdout.contains("kept in memory"), "a good save was told as a failed one: \(result.stdout.suffix(600))")
        let saved = try cli.loadState()
        #expect(saved.record("platform")?.note == "after the failed flush")
    }

    @Test(.enabled(if: straceNeeded, "needs strace (always run in CI)"), arguments: BuildUnderTest.allCases, OutputCommand.all)
    func theNextWriteOfAnOutputRemovesWhatAKilledWriteLeft(binary: BuildUnderTest, command: OutputCommand) throws {
        try #require(straceAvailable, "strace is missing: .ci/run installs it (apt-get install strace)")
        let cli = try command.runner("killedoutput", binary: binary)
        defer { cli.cleanUp() }
        let output = cli.folder + "/out.txt"
        // Killed at the rename: the temporary file is written and flushed, and stays.
        let (killed, _) = try straced(cli, command.line(output), input: "", strace: ["-e", "trace=rename,renameat,renameat2", "-e", "inject=rename,renameat,renameat2:signal=KILL"])
        #expect(killed.status != 0, "the write was not killed: \(killed.stderr)")
        let left = namesIn(cli.folder).filter { $0.hasPrefix(".out.txt.tmp-") }
        #expect(left.count == 1, "\(namesIn(cli.folder))")
        #expect(!FileManager.default.fileExists(atPath: output))
        // A write that is still running (this test process is alive) keeps its temporary file.
        let live = cli.folder + "/.out.txt.tmp-\(getpid())-1"
        try Data("another writer's".utf8).write(to: URL(fileURLWithPath: live))

        let next = try cli.run(command.line(output))
        #expect(next.status == 0, "\(next.stderr)")
        #expect(FileManager.default.fileExists(atPath: output))
        #expect(namesIn(cli.folder).filter { $0.hasPrefix(".out.txt.tmp-") } == [".out.txt.tmp-\(getpid())-1"],
                "\(namesIn(cli.folder))")
    }
}
