import Foundation
import OptOutCore
import OptOutSystem
import OptOutTestSupport
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Promise 1: SIGKILL at random moments while saving never leaves an unreadable, older or half-written
/// progress file, and the next start removes any temporary file the killed save left.
@Suite("Crash consistency", .ownThreadsLong)
struct CrashConsistencyTests {
    /// How many times the binary is killed, in all: half in each of two lanes that run side by side, each with
    /// its own progress file. The issue asks for at least 500.
    static let kills = Int(ProcessInfo.processInfo.environment["OPTOUT_KILLS"] ?? "") ?? 500

    /// Each run resumes the walkthrough and is fed a burst of notes on step 1, `n <counter>` with a counter
    /// that never repeats, so every answer is a save of a distinct state. Each "Note saved." the run printed
    /// acknowledges one save. After the kill the file must hold the last acknowledged note or the next one
    /// (the save under way when the kill came), never an older one, and must load.
    @Test(arguments: [0, 1])
    func sigkillDuringSavesLeavesTheLastSavedStateOrTheNext(lane: Int) throws {
        let cli = Runner("kill\(lane)")
        defer { cli.cleanUp() }
        let started = Date()
        // The first saved state: note 0 on step 1.
        let seed = try cli.run([], input: "n 0\nq\n")
        #expect(seed.status == 1, "\(seed.stderr)")
        var saved = 0
        var generator = SystemRandomNumberGenerator()
        var killedWithTemporaryFile = 0, killedAfterRenameBeforeAck = 0, acknowledged = 0, failures = 0
        let burst = 400

        for round in 0..<(Self.kills / 2) {
            let temporaryBefore = cli.temporaryFiles()
            let live = try LiveRun(cli)
            // At the resume offer the run holds the lock and has removed what an earlier kill left.
            guard let offer = live.waitFor("Answer: 1 or Enter resume") else {
                Issue.record("round \(round): no resume offer: \(live.text.suffix(300)) \(live.stderr)")
                failures += 1
                break
            }
            _ = live.waitFor("> ", after: offer)
            #expect(cli.temporaryFiles().isEmpty, "round \(round): \(temporaryBefore) still there after the start")

            let notes = (1...burst).map { "n \(saved + $0)\n" }.joined()
            let delay = UInt32.random(in: 0...30_000, using: &generator)
            let offsetBeforeAnswers = live.output.count
            live.send("1\n" + notes)
            usleep(delay)
            live.kill()

            let acks = String(decoding: live.output[offsetBeforeAnswers...], as: UTF8.self).components(separatedBy: "Note saved.").count - 1
            let progress: WalkthroughProgress
            do {
                progress = try ProgressStore(path: cli.statePath).load(expectingGuide: Guide.linkedInAITraining.id)!
            } catch {
                Issue.record("round \(round): after a kill the file does not load: \(error)")
                failures += 1
                break
            }
            let note = progress.record("about")?.note ?? "none"
            if note == "\(saved + acks)" {
                // The last acknowledged save.
            } else if acks < burst, note == "\(saved + acks + 1)" {
                killedAfterRenameBeforeAck += 1
            } else {
                Issue.record("round \(round): the file holds note \(note); acknowledged \(saved + acks) (from \(saved))")
                failures += 1
                break
            }
            if !cli.temporaryFiles().isEmpty { killedWithTemporaryFile += 1 }
            acknowledged += acks
            saved = Int(note)!
        }

        // The next start cleans up after the last kill.
        let last = try LiveRun(cli)
        #expect(last.waitFor("Answer: 1 or Enter resume") != nil)
        #expect(cli.temporaryFiles().isEmpty)
        #expect(last.finish() == 1)
        #expect(failures == 0)
        figure(
            "crash consistency, lane \(lane) of 2: \(Self.kills / 2) SIGKILLs survived in \(since(started)) s; \(acknowledged) saves acknowledged; "
                + "\(killedWithTemporaryFile) kills left a temporary file (cleaned by the next start); "
                + "\(killedAfterRenameBeforeAck) kills came between a rename and its acknowledgement")
        // The kills must have landed inside saves, or the test proves nothing.
        #expect(killedWithTemporaryFile > 0, "no kill landed between creating and renaming a temporary file")
    }
}
