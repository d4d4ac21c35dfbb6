import Foundation
import OptOutCore
import OptOutTestSupport
import Testing
@testable import OptOutPlain

/// `optout recheck` as line prompts, in-process: what it records, and that an answer that could not be
/// saved is said to be lost, never reported as recorded.
@Suite("Plain re-check")
struct PlainRecheckTests {
    /// The built-in guide walked to the end: the setting Off, the form sent and waiting.
    static func finished() throws -> WalkthroughProgress {
        var state = WalkthroughState.begin(guide: .linkedInAITraining, saved: nil, now: t0)
        while let step = state.currentStep {
            let event: WalkthroughEvent = step.confirmation != nil ? .recordSent(on: "2026-11-29", reference: "R1") : step.completingEvent()
            state = try Walkthrough.reduce(state, event, now: t0).state
        }
        return state.progress
    }

    func recheck(_ lines: [String], saved: WalkthroughProgress, failAfter: Int = .max, signal: Int32? = nil)
        -> (RunOutcome, String, MemorySaver)
    {
        let saver = MemorySaver()
        saver.failAfter = failAfter
        let now = t0.addingTimeInterval(100 * 86_400)
        let session = WalkthroughSession(
            state: .begin(guide: .linkedInAITraining, saved: saved, now: now), saver: saver, clock: { now }, zone: .utc, frontEnd: .plain)
        var output = ""
        let outcome = PlainRecheck(
            session: session, input: ScriptedLines(lines, thenSignal: signal),
            context: RunContext(statePath: "/tmp/p.json", startedAt: now, zone: .utc), write: { output += $0 }
        ).run()
        return (outcome, output, saver)
    }

    @Test func aNoIsRecordedAndTheStepReopened() throws {
        let (outcome, output, saver) = recheck(["n", "y"], saved: try Self.finished())
        #expect(outcome == .unfinished, "the setting is to do again")
        #expect(output.contains("Re-check recorded."))
        #expect(output.contains("Something needs doing again"))
        let saved = try #require(saver.saved.last)
        #expect(saved.record("turn-off-genai")?.status == .pending)
        #expect(saved.record("objection-form")?.status == .done, "the confirmation came")
        #expect(saved.rechecks?.count == 1)
    }

    @Test func anAnswerThatCannotBeSavedIsSaidToBeLost() throws {
        let (outcome, output, saver) = recheck(["n", "y"], saved: try Self.finished(), failAfter: 0)
        #expect(outcome == .notSaved)
        #expect(outcome.exitStatus == 3)
        #expect(output.contains("your last change was NOT saved"))
        #expect(!output.contains("Re-check recorded"))
        #expect(!output.contains("Something needs doing again"), "nothing claims the answer was kept")
        #expect(!output.contains("q saves"), "no promise of a q that is not there")
        #expect(saver.attempts >= 2, "tried once more")
    }

    @Test func aSignalAfterTheFirstAnswerRecordsItAndEndsWith128PlusTheSignal() throws {
        let (outcome, output, saver) = recheck(["y"], saved: try Self.finished(), signal: SIGINT)
        #expect(outcome == .interrupted(signal: SIGINT))
        #expect(output.contains("Re-check recorded (the questions answered)."))
        #expect(saver.saved.last?.rechecks?.first?.answers.count == 1)
    }

    @Test func aFormMarkedDoneWithoutAConfirmationIsAskedAbout() throws {
        var progress = try Self.finished()
        let index = try #require(progress.steps.firstIndex { $0.id == "objection-form" })
        progress.steps[index].status = .done
        progress.steps[index].sentOn = nil
        let (_, output, saver) = recheck(["y", "n"], saved: progress)
        #expect(output.contains("This step was marked done, but no confirmation was recorded for it."))
        #expect(saver.saved.last?.record("objection-form")?.status == .waiting)
    }
}
