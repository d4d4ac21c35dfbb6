import Foundation
import OptOutCore
import OptOutTestSupport
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Promise 5: while one walkthrough runs, a second writer is refused at once (status 4, a clear message) and
/// the file is untouched; once the first is SIGKILLed, the next run starts with no clean-up.
@Suite("Two instances", .ownThreads)
struct TwoInstancesTests {
    @Test func aSecondWriterIsRefusedWithinASecondAndAKilledHolderFreesTheLock() throws {
        let cli = Runner("two")
        defer { cli.cleanUp() }
        try cli.run([], input: "d\nn first\nq\n")
        let live = try LiveRun(cli)
        let offer = try #require(live.waitFor("Answer: 1 or Enter resume"))
        live.send("1\n")
        _ = try #require(live.waitFor("Answer: 1-2 to choose", after: offer), "\(live.text.suffix(400))")
        let before = try #require(cli.stateBytes())
        let info = try #require(FileInfo(cli.statePath))

        // Every command that would write is refused at once, naming the holder and the file: while the holder
        // still runs, so without waiting for the lock (the holder never lets go of it by itself; a second
        // writer that waited would be killed after Runner's timeout, and that fails the test). How long it
        // took is printed, not judged: on a loaded machine the start of a process alone can take seconds.
        var slowest = 0.0
        for arguments in [[], ["start", "--start-over"], ["reset", "--yes"], ["--plain"]] {
            let second = try cli.run(arguments, input: "d\nd\nq\n")
            slowest = max(slowest, second.seconds)
            #expect(second.status == 4, "optout \(arguments): \(second.status) \(second.stderr)")
            #expect(second.stderr == "optout: Another optout (process \(live.pid)) is already using \(cli.statePath). "
                    + "Finish or quit that one first; reading with `optout status` works meanwhile.\n", "\(second.stderr)")
            #expect(second.stdout.isEmpty)
            #expect(live.process.isRunning, "the holder was gone by the time optout \(arguments) gave up")
        }
        #expect(cli.stateBytes() == before)
        #expect(FileInfo(cli.statePath) == info, "the progress file was touched")
        let names = try FileManager.default.contentsOfDirectory(atPath: cli.stateFolder).sorted()
        #expect(names == ["progress.json", "progress.json.lock"], "no backup, no temporary file: \(names)")
        // Reading needs no lock.
        let status = try cli.run(["status", "--json"])
        #expect(status.status == 1)
        #expect(status.stdout.contains("\"current\" : \"platform\""))

        // The holder dies without any chance to clean up.
        live.kill(SIGKILL)
        #expect(FileManager.default.fileExists(atPath: cli.statePath + ".lock"), "the lock file stays; only the lock goes")
        let next = try cli.run([], input: "1\nn second\nq\n")
        #expect(next.status == 1, "\(next.stderr)")
        #expect(next.stderr.isEmpty)
        #expect(try cli.loadState().record("platform")?.note == "second")
        figure(String(format: "two instances: a second writer gave up in at most %.3f s; the run after SIGKILL started in %.3f s", slowest, next.seconds))
    }

    /// Two writers started at the same moment: exactly one runs, the other is refused.
    @Test func twoWritersStartedTogetherNeverBothRun() throws {
        let cli = Runner("race")
        defer { cli.cleanUp() }
        try cli.run([], input: "q\n")
        for round in 0..<10 {
            let a = try LiveRun(cli), b = try LiveRun(cli)
            // Each either reaches the resume offer (it holds the lock) or exits 4.
            func outcome(_ run: LiveRun) -> String {
                if run.waitFor("Answer: 1 or Enter resume", timeout: 10) != nil { return "runs" }
                let deadline = Date().addingTimeInterval(10)
                while run.process.isRunning, Date() < deadline { usleep(2_000) }
                return run.process.isRunning ? "stuck" : "exit \(run.process.terminationStatus)"
            }
            let outcomes = [outcome(a), outcome(b)].sorted()
            #expect(outcomes == ["exit 4", "runs"], "round \(round): \(outcomes)")
            a.send("3\n")
            b.send("3\n")
            _ = a.finish()
            _ = b.finish()
        }
        #expect(cli.temporaryFiles().isEmpty)
    }
}
